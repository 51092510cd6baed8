import { StorageError } from "./errors.js";

/** The one interface every backend implements. Keys are relative to the organization (see keys.ts). */
export interface PutOptions {
  contentType: string;
  /** Small string metadata kept with the object (e.g. sha256); keys lowercase letters, digits and '-'. */
  metadata?: Record<string, string>;
}

export interface ObjectInfo {
  /** The caller's key (without the organization prefix). */
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
}

export interface StoredObject extends ObjectInfo {
  bytes: Buffer;
}

export interface ObjectStore {
  /** "local" or "s3": for logs and health output. */
  readonly backend: "local" | "s3";
  /** Writes (or overwrites) an object. */
  put(organizationId: string, key: string, bytes: Uint8Array, options: PutOptions): Promise<ObjectInfo>;
  /** The object with its bytes, or null when there is none. */
  get(organizationId: string, key: string): Promise<StoredObject | null>;
  /** Size, type and metadata without the bytes, or null. */
  head(organizationId: string, key: string): Promise<ObjectInfo | null>;
  /** Removes the object; true if it existed (S3 cannot tell: it answers true after a head). Idempotent. */
  delete(organizationId: string, key: string): Promise<boolean>;
  /** Releases connections (S3 client); a no-op for the local directory. */
  close(): Promise<void>;
}

const META_KEY = /^[a-z0-9-]{1,64}$/;

export function checkMetadata(metadata: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metadata ?? {})) {
    if (!META_KEY.test(k) || typeof v !== "string" || v.length > 1024 || !/^[\x20-\x7e]*$/.test(v)) {
      throw new StorageError(
        "INVALID_METADATA",
        `object metadata must be lowercase keys and printable ASCII values (bad: ${k})`,
      );
    }
    out[k] = v;
  }
  return out;
}
