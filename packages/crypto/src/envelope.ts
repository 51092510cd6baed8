/**
 * Envelope encryption, the pure part (no storage, no I/O): AES-256-GCM from
 * node:crypto. A random data key per organization wraps its subjects' keys
 * (subject-key.ts) and encrypts version 1 ciphertexts; master keys from
 * configuration only wrap data keys. The formats are in format.ts.
 *
 * Associated data (authenticated, not stored): for a wrapped key the
 * organization, data key id and master key id; for a ciphertext the
 * organization, data key id and the caller's AAD (row binding). A ciphertext
 * or wrapped key moved to another row or organization fails to decrypt.
 */
import { bytesOf, checkAad, newKey, newKeyId, open, seal } from "./aead.js";
import { CryptoError } from "./errors.js";
import { CIPHERTEXT_PREFIX, WRAPPED_KEY_PREFIX, parseCiphertext, parseWrappedKey } from "./format.js";
import { toMasterKey, type MasterKey } from "./master-key.js";
import { subjectKeyWrapper, type SubjectKey } from "./subject-key.js";

export {
  CIPHERTEXT_PREFIX,
  SUBJECT_CIPHERTEXT_PREFIX,
  WRAPPED_KEY_PREFIX,
  WRAPPED_SUBJECT_KEY_PREFIX,
  isCiphertext,
  parseCiphertext,
  parseWrappedKey,
  parseWrappedSubjectKey,
  type ParsedCiphertext,
  type ParsedWrappedKey,
  type ParsedWrappedSubjectKey,
} from "./format.js";

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

// JSON arrays keep the fields apart unambiguously (no separator that a value could contain).
const wrapAad = (orgId: string, dataKeyId: string, masterKeyId: string) =>
  Buffer.from(JSON.stringify(["meander.dek.v1", orgId, dataKeyId, masterKeyId]));
const dataAad = (orgId: string, dataKeyId: string, aad: string) =>
  Buffer.from(JSON.stringify(["meander.data.v1", orgId, dataKeyId, aad]));

/** An unwrapped data key of one organization: encrypts and decrypts synchronously (use it for bulk work in one transaction). */
export interface DataKey {
  readonly organizationId: string;
  readonly dataKeyId: string;
  encrypt(plaintext: string | Uint8Array, aad: string): string;
  decrypt(ciphertext: string, aad: string): string;
  decryptBytes(ciphertext: string, aad: string): Buffer;
  /** A new random key for one subject (a contact, a user), wrapped by this data key: store `wrapped` with the subject. */
  newWrappedSubjectKey(subjectId: string): { subjectKeyId: string; wrapped: string };
  /** A subject's key from its stored wrapped form (fails if it belongs to another subject or organization). */
  unwrapSubjectKey(subjectId: string, wrapped: string): SubjectKey;
}

function dataKey(organizationId: string, dataKeyId: string, key: Buffer): DataKey {
  const decryptBytes = (ciphertext: string, aad: string): Buffer => {
    checkAad(aad);
    const parsed = parseCiphertext(ciphertext);
    if (parsed.version !== 1 || parsed.dataKeyId !== dataKeyId) {
      throw new CryptoError("KEY_MISMATCH", "ciphertext was not made with this organization's data key");
    }
    return open(key, parsed.body, dataAad(organizationId, dataKeyId, aad), "ciphertext");
  };
  return {
    organizationId,
    dataKeyId,
    encrypt(plaintext, aad) {
      checkAad(aad);
      const sealed = seal(key, bytesOf(plaintext), dataAad(organizationId, dataKeyId, aad));
      return `${CIPHERTEXT_PREFIX}.${dataKeyId}.${sealed.toString("base64url")}`;
    },
    decryptBytes,
    decrypt: (ciphertext, aad) => decryptBytes(ciphertext, aad).toString("utf8"),
    ...subjectKeyWrapper(organizationId, dataKeyId, key),
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
      throw new CryptoError(
        "UNKNOWN_MASTER_KEY",
        `data key is wrapped by master key ${parsed.masterKeyId}, which is not configured (add it to previousMasterKeys)`,
      );
    }
    const raw = open(mk.key, parsed.body, wrapAad(organizationId, parsed.dataKeyId, mk.id), "wrapped data key");
    return { dataKeyId: parsed.dataKeyId, raw };
  };

  return {
    activeMasterKeyId: active.id,
    newWrappedDataKey(organizationId) {
      checkOrg(organizationId);
      return wrapWith(active, organizationId, newKeyId(), newKey());
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
