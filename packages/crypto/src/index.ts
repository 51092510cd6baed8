export { CryptoError, isCryptoError, isShredded, type CryptoErrorCode } from "./errors.js";
export { MASTER_KEY_BYTES, decodeMasterKey, generateMasterKey, toMasterKey, type MasterKey } from "./master-key.js";
export {
  CIPHERTEXT_PREFIX,
  SUBJECT_CIPHERTEXT_PREFIX,
  WRAPPED_KEY_PREFIX,
  WRAPPED_SUBJECT_KEY_PREFIX,
  createEnvelope,
  isCiphertext,
  parseCiphertext,
  parseWrappedKey,
  parseWrappedSubjectKey,
  rowAad,
  type DataKey,
  type Envelope,
  type MasterKeyOptions,
  type ParsedCiphertext,
  type ParsedWrappedKey,
  type ParsedWrappedSubjectKey,
} from "./envelope.js";
export type { SubjectKey } from "./subject-key.js";
export { memoryKeyStore } from "./memory-store.js";
export {
  createKeyring,
  keyringOver,
  type KeyStore,
  type Keyring,
  type KeyringOptions,
  type KeyringOverOptions,
  type StoredSubjectKey,
} from "./keyring.js";
export {
  dataKeyTableSql,
  pgQuery,
  sqlKeyStore,
  subjectKeyTableSql,
  type SqlKeyStoreOptions,
  type SqlQuery,
} from "./sql-store.js";
