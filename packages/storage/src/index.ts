export { StorageError, UploadRejectedError, type StorageErrorCode, type UploadRule } from "./errors.js";
export { MAX_KEY_LENGTH, checkKey, checkOrganizationId, namespacedKey, newObjectKey } from "./keys.js";
export type { ObjectInfo, ObjectStore, PutOptions, StoredObject } from "./store.js";
export { createLocalStore, type LocalStoreOptions } from "./local.js";
export { createS3Store, type S3StoreOptions } from "./s3.js";
export { decodeBase64Upload } from "./base64.js";
export { createObjectStore, objectStoreConfigFrom, type ObjectStoreConfig } from "./config.js";
export { tracedStore } from "./traced.js";
export {
  acceptUpload,
  normalizeContentType,
  uploadPolicies,
  base64BodyLimit,
  type AcceptOptions,
  type AcceptedUpload,
  type AllowedType,
  type ImageType,
  type StoredType,
  type UploadPolicy,
} from "./upload.js";
export { deleteObjects, erasedFileName } from "./erasure.js";
