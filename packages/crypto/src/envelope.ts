/**
 * Envelope encryption, the pure part (no storage, no I/O): AES-256-GCM from
 * node:crypto. A random data key per organization encrypts the data; master keys
 * from configuration only wrap data keys. Both formats are versioned text,
 * safe for a `text` column:
 *
 *   wrapped data key  mdk1.<masterKeyId>.<dataKeyId>.<base64url(iv | wrapped key | tag)>
 *   ciphertext        menc1.<dataKeyId>.<base64url(iv | ciphertext | tag)>
 *
 * Associated data (authenticated, not stored): for a wrapped key the
 * organization, data key id and master key id; for a ciphertext the
 * organization, data key id and the caller's AAD (row binding). A ciphertext
 * or wrapped key moved to another row or organization fails to decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { CryptoError } from "./errors.js";
import { toMasterKey, type MasterKey } from "./master-key.js";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
export const WRAPPED_KEY_PREFIX = "mdk1";
export const CIPHERTEXT_PREFIX = "menc1";

const ID = /^[0-9a-f]{16}$/;
const B64U = /^[A-Za-z0-9_-]+$/;

export interface ParsedWrappedKey {
  version: 1;
  masterKeyId: string;
  dataKeyId: string;
  body: Buffer;
}

export interface ParsedCiphertext {
  version: 1;
  dataKeyId: string;
  body: Buffer;
}

export function parseWrappedKey(wrapped: string): ParsedWrappedKey {
  const parts = typeof wrapped === "string" ? wrapped.split(".") : [];
  const [prefix, masterKeyId, dataKeyId, body] = parts;
  if (parts.length !== 4 || prefix !== WRAPPED_KEY_PREFIX || !ID.test(masterKeyId!) || !ID.test(dataKeyId!) || !B64U.test(body!)) {
    throw new CryptoError("MALFORMED_WRAPPED_KEY", `not a wrapped data key (expected ${WRAPPED_KEY_PREFIX}.<masterKeyId>.<dataKeyId>.<body>)`);
  }
  const bytes = Buffer.from(body!, "base64url");
  if (bytes.length !== IV_BYTES + DATA_KEY_BYTES + TAG_BYTES) {
    throw new CryptoError("MALFORMED_WRAPPED_KEY", "wrapped data key has the wrong length");
  }
  return { version: 1, masterKeyId: masterKeyId!, dataKeyId: dataKeyId!, body: bytes };
}

export function parseCiphertext(ciphertext: string): ParsedCiphertext {
  const parts = typeof ciphertext === "string" ? ciphertext.split(".") : [];
  const [prefix, dataKeyId, body] = parts;
  if (parts.length !== 3 || prefix !== CIPHERTEXT_PREFIX || !ID.test(dataKeyId!) || !B64U.test(body!)) {
    throw new CryptoError("MALFORMED_CIPHERTEXT", `not a ciphertext (expected ${CIPHERTEXT_PREFIX}.<dataKeyId>.<body>)`);
  }
  const bytes = Buffer.from(body!, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new CryptoError("MALFORMED_CIPHERTEXT", "ciphertext is too short");
  return { version: 1, dataKeyId: dataKeyId!, body: bytes };
}

/** True when `value` looks like a ciphertext of this package (format check only, no decryption). */
export function isCiphertext(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseCiphertext(value);
    return true;
  } catch {
    return false;
  }
}

/** The AAD convention for a field stored in a row: `${table}:${column}:${rowId}` (the organization is always bound too). */
export function rowAad(table: string, rowId: string, column?: string): string {
  if (!table || !rowId) throw new CryptoError("INVALID_ARGUMENT", "rowAad needs a table and a row id");
  return column ? `${table}:${column}:${rowId}` : `${table}:${rowId}`;
}

function checkOrg(organizationId: string): void {
  if (typeof organizationId !== "string" || organizationId.length === 0) {
    throw new CryptoError("INVALID_ARGUMENT", "an organization id is required");
  }
}

function checkAad(aad: string): void {
  if (typeof aad !== "string" || aad.length === 0) {
    throw new CryptoError("INVALID_ARGUMENT", "associated data is required: bind the ciphertext to its row (see rowAad)");
  }
}

// JSON arrays keep the fields apart unambiguously (no separator that a value could contain).
const wrapAad = (orgId: string, dataKeyId: string, masterKeyId: string) =>
  Buffer.from(JSON.stringify(["meander.dek.v1", orgId, dataKeyId, masterKeyId]));
const dataAad = (orgId: string, dataKeyId: string, aad: string) =>
  Buffer.from(JSON.stringify(["meander.data.v1", orgId, dataKeyId, aad]));

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Buffer, aad: Buffer, what: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CryptoError("DECRYPTION_FAILED", `${what} failed to decrypt: wrong key, wrong row/organization binding or tampered data`);
  }
}

/** An unwrapped data key of one organization: encrypts and decrypts synchronously (use it for bulk work in one transaction). */
export interface DataKey {
  readonly organizationId: string;
  readonly dataKeyId: string;
  encrypt(plaintext: string | Uint8Array, aad: string): string;
  decrypt(ciphertext: string, aad: string): string;
  decryptBytes(ciphertext: string, aad: string): Buffer;
}

function dataKey(organizationId: string, dataKeyId: string, key: Buffer): DataKey {
  const decryptBytes = (ciphertext: string, aad: string): Buffer => {
    checkAad(aad);
    const parsed = parseCiphertext(ciphertext);
    if (parsed.dataKeyId !== dataKeyId) {
      throw new CryptoError("KEY_MISMATCH", "ciphertext was not made with this organization's data key");
    }
    return open(key, parsed.body, dataAad(organizationId, dataKeyId, aad), "ciphertext");
  };
  return {
    organizationId,
    dataKeyId,
    encrypt(plaintext, aad) {
      checkAad(aad);
      const bytes = typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : Buffer.from(plaintext);
      const sealed = seal(key, bytes, dataAad(organizationId, dataKeyId, aad));
      return `${CIPHERTEXT_PREFIX}.${dataKeyId}.${sealed.toString("base64url")}`;
    },
    decryptBytes,
    decrypt: (ciphertext, aad) => decryptBytes(ciphertext, aad).toString("utf8"),
  };
}

export interface MasterKeyOptions {
  /** The active master key (32 bytes; base64, base64url or hex text, or raw bytes): wraps every new data key. */
  masterKey: string | Buffer | Uint8Array;
  /** Retired master keys, still accepted for unwrapping until every data key has been rewrapped. */
  previousMasterKeys?: ReadonlyArray<string | Buffer | Uint8Array>;
}

/** The master-key side of envelope encryption: creates, unwraps and rewraps data keys. Pure and synchronous. */
export interface Envelope {
  /** Id of the active master key (the one in new and rewrapped data keys). */
  readonly activeMasterKeyId: string;
  /** A new random data key for the organization, wrapped by the active master key. */
  newWrappedDataKey(organizationId: string): string;
  unwrapDataKey(organizationId: string, wrapped: string): DataKey;
  /** True when the wrapped key is not under the active master key (rotation pending). */
  needsRewrap(wrapped: string): boolean;
  /** The same data key wrapped by the active master key (data encrypted with it stays readable). */
  rewrap(organizationId: string, wrapped: string): string;
}

export function createEnvelope(options: MasterKeyOptions): Envelope {
  const active: MasterKey = toMasterKey(options.masterKey, "master key");
  const all = new Map<string, MasterKey>([[active.id, active]]);
  (options.previousMasterKeys ?? []).forEach((k, i) => {
    const mk = toMasterKey(k, `previous master key #${i + 1}`);
    if (!all.has(mk.id)) all.set(mk.id, mk);
  });

  const wrapWith = (mk: MasterKey, organizationId: string, dataKeyId: string, raw: Buffer) =>
    `${WRAPPED_KEY_PREFIX}.${mk.id}.${dataKeyId}.${seal(mk.key, raw, wrapAad(organizationId, dataKeyId, mk.id)).toString("base64url")}`;

  const unwrapRaw = (organizationId: string, wrapped: string): { dataKeyId: string; raw: Buffer } => {
    checkOrg(organizationId);
    const parsed = parseWrappedKey(wrapped);
    const mk = all.get(parsed.masterKeyId);
    if (!mk) {
      throw new CryptoError("UNKNOWN_MASTER_KEY", `data key is wrapped by master key ${parsed.masterKeyId}, which is not configured (add it to previousMasterKeys)`);
    }
    const raw = open(mk.key, parsed.body, wrapAad(organizationId, parsed.dataKeyId, mk.id), "wrapped data key");
    return { dataKeyId: parsed.dataKeyId, raw };
  };

  return {
    activeMasterKeyId: active.id,
    newWrappedDataKey(organizationId) {
      checkOrg(organizationId);
      return wrapWith(active, organizationId, randomBytes(8).toString("hex"), randomBytes(DATA_KEY_BYTES));
    },
    unwrapDataKey(organizationId, wrapped) {
      const { dataKeyId, raw } = unwrapRaw(organizationId, wrapped);
      return dataKey(organizationId, dataKeyId, raw);
    },
    needsRewrap: (wrapped) => parseWrappedKey(wrapped).masterKeyId !== active.id,
    rewrap(organizationId, wrapped) {
      const { dataKeyId, raw } = unwrapRaw(organizationId, wrapped);
      return wrapWith(active, organizationId, dataKeyId, raw);
    },
  };
}
