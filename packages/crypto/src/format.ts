/**
 * The text formats (ASCII, safe for a `text` column; `.` never occurs in base64url):
 *
 *   wrapped data key     mdk1.<masterKeyId>.<dataKeyId>.<base64url(iv | key | tag)>        (by a master key)
 *   wrapped subject key  msk1.<orgDataKeyId>.<subjectKeyId>.<base64url(iv | key | tag)>    (by the org's data key)
 *   ciphertext v1        menc1.<dataKeyId>.<base64url(iv | ciphertext | tag)>             (the org's data key)
 *   ciphertext v2        menc2.<subjectKeyId>.<base64url(iv | ciphertext | tag)>          (a subject's key)
 */
import { B64U, ID, IV_BYTES, KEY_BYTES, TAG_BYTES } from "./aead.js";
import { CryptoError, type CryptoErrorCode } from "./errors.js";

export const WRAPPED_KEY_PREFIX = "mdk1";
export const WRAPPED_SUBJECT_KEY_PREFIX = "msk1";
export const CIPHERTEXT_PREFIX = "menc1";
export const SUBJECT_CIPHERTEXT_PREFIX = "menc2";

export interface ParsedWrappedKey {
  version: 1;
  masterKeyId: string;
  dataKeyId: string;
  body: Buffer;
}

export interface ParsedWrappedSubjectKey {
  version: 1;
  /** The organization data key that wraps it. */
  dataKeyId: string;
  subjectKeyId: string;
  body: Buffer;
}

/** Version 1 names the organization's data key; version 2 a subject's key (`keyId` is either). */
export type ParsedCiphertext =
  | { version: 1; dataKeyId: string; keyId: string; body: Buffer }
  | { version: 2; subjectKeyId: string; keyId: string; body: Buffer };

function wrappedParts(wrapped: string, prefix: string, code: CryptoErrorCode, what: string): [string, string, Buffer] {
  const parts = typeof wrapped === "string" ? wrapped.split(".") : [];
  const [p, a, b, body] = parts;
  if (parts.length !== 4 || p !== prefix || !ID.test(a!) || !ID.test(b!) || !B64U.test(body!)) {
    throw new CryptoError(code, `not a ${what} (expected ${prefix}.<id>.<id>.<body>)`);
  }
  const bytes = Buffer.from(body!, "base64url");
  if (bytes.length !== IV_BYTES + KEY_BYTES + TAG_BYTES) throw new CryptoError(code, `${what} has the wrong length`);
  return [a!, b!, bytes];
}

export function parseWrappedKey(wrapped: string): ParsedWrappedKey {
  const [masterKeyId, dataKeyId, body] = wrappedParts(
    wrapped,
    WRAPPED_KEY_PREFIX,
    "MALFORMED_WRAPPED_KEY",
    "wrapped data key",
  );
  return { version: 1, masterKeyId, dataKeyId, body };
}

export function parseWrappedSubjectKey(wrapped: string): ParsedWrappedSubjectKey {
  const [dataKeyId, subjectKeyId, body] = wrappedParts(
    wrapped,
    WRAPPED_SUBJECT_KEY_PREFIX,
    "MALFORMED_WRAPPED_KEY",
    "wrapped subject key",
  );
  return { version: 1, dataKeyId, subjectKeyId, body };
}

export function parseCiphertext(ciphertext: string): ParsedCiphertext {
  const parts = typeof ciphertext === "string" ? ciphertext.split(".") : [];
  const [prefix, keyId, body] = parts;
  const version = prefix === CIPHERTEXT_PREFIX ? 1 : prefix === SUBJECT_CIPHERTEXT_PREFIX ? 2 : 0;
  if (parts.length !== 3 || version === 0 || !ID.test(keyId!) || !B64U.test(body!)) {
    throw new CryptoError(
      "MALFORMED_CIPHERTEXT",
      `not a ciphertext (expected ${CIPHERTEXT_PREFIX} or ${SUBJECT_CIPHERTEXT_PREFIX}.<keyId>.<body>)`,
    );
  }
  const bytes = Buffer.from(body!, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new CryptoError("MALFORMED_CIPHERTEXT", "ciphertext is too short");
  return version === 1
    ? { version: 1, dataKeyId: keyId!, keyId: keyId!, body: bytes }
    : { version: 2, subjectKeyId: keyId!, keyId: keyId!, body: bytes };
}

/** True when `value` looks like a ciphertext of this package, either version (format check only, no decryption). */
export function isCiphertext(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseCiphertext(value);
    return true;
  } catch {
    return false;
  }
}
