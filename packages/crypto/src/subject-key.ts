/**
 * Per-subject data keys (crypto-shredding, issue 24 item 1): a random key per
 * person (a contact, a user) encrypts that person's sensitive fields; the
 * organization's data key wraps it. Destroying the wrapped subject key makes
 * every ciphertext under it unreadable, and nothing else.
 *
 * Associated data (authenticated, not stored):
 *   wrapping  ["meander.sk.v1", organizationId, subjectId, subjectKeyId, orgDataKeyId]
 *   data      ["meander.data.v2", organizationId, subjectId, subjectKeyId, callerAad]
 * so a wrapped key moved to another subject or organization, or a ciphertext
 * moved to another row, fails to decrypt.
 */
import { bytesOf, checkAad, checkId, newKey, newKeyId, open, seal } from "./aead.js";
import { CryptoError } from "./errors.js";
import {
  SUBJECT_CIPHERTEXT_PREFIX,
  WRAPPED_SUBJECT_KEY_PREFIX,
  parseCiphertext,
  parseWrappedSubjectKey,
} from "./format.js";

/** One subject's unwrapped key: encrypts and decrypts synchronously (ciphertext version 2). */
export interface SubjectKey {
  readonly organizationId: string;
  readonly subjectId: string;
  readonly subjectKeyId: string;
  encrypt(plaintext: string | Uint8Array, aad: string): string;
  decrypt(ciphertext: string, aad: string): string;
  decryptBytes(ciphertext: string, aad: string): Buffer;
}

const wrapAad = (orgId: string, subjectId: string, subjectKeyId: string, dataKeyId: string) =>
  Buffer.from(JSON.stringify(["meander.sk.v1", orgId, subjectId, subjectKeyId, dataKeyId]));
const dataAad = (orgId: string, subjectId: string, subjectKeyId: string, aad: string) =>
  Buffer.from(JSON.stringify(["meander.data.v2", orgId, subjectId, subjectKeyId, aad]));

function subjectKey(organizationId: string, subjectId: string, subjectKeyId: string, key: Buffer): SubjectKey {
  const decryptBytes = (ciphertext: string, aad: string): Buffer => {
    checkAad(aad);
    const parsed = parseCiphertext(ciphertext);
    if (parsed.version !== 2 || parsed.subjectKeyId !== subjectKeyId) {
      throw new CryptoError("KEY_MISMATCH", "ciphertext was not made with this subject's key");
    }
    return open(key, parsed.body, dataAad(organizationId, subjectId, subjectKeyId, aad), "ciphertext");
  };
  return {
    organizationId,
    subjectId,
    subjectKeyId,
    encrypt(plaintext, aad) {
      checkAad(aad);
      const sealed = seal(key, bytesOf(plaintext), dataAad(organizationId, subjectId, subjectKeyId, aad));
      return `${SUBJECT_CIPHERTEXT_PREFIX}.${subjectKeyId}.${sealed.toString("base64url")}`;
    },
    decryptBytes,
    decrypt: (ciphertext, aad) => decryptBytes(ciphertext, aad).toString("utf8"),
  };
}

/** The organization data key's side: wraps new subject keys and unwraps stored ones (used by DataKey). */
export function subjectKeyWrapper(organizationId: string, dataKeyId: string, orgKey: Buffer) {
  return {
    newWrappedSubjectKey(subjectId: string): { subjectKeyId: string; wrapped: string } {
      checkId(subjectId, "a subject id");
      const subjectKeyId = newKeyId();
      const sealed = seal(orgKey, newKey(), wrapAad(organizationId, subjectId, subjectKeyId, dataKeyId));
      return {
        subjectKeyId,
        wrapped: `${WRAPPED_SUBJECT_KEY_PREFIX}.${dataKeyId}.${subjectKeyId}.${sealed.toString("base64url")}`,
      };
    },
    unwrapSubjectKey(subjectId: string, wrapped: string): SubjectKey {
      checkId(subjectId, "a subject id");
      const parsed = parseWrappedSubjectKey(wrapped);
      if (parsed.dataKeyId !== dataKeyId) {
        throw new CryptoError("KEY_MISMATCH", "subject key is wrapped by another data key than this organization's");
      }
      const raw = open(
        orgKey,
        parsed.body,
        wrapAad(organizationId, subjectId, parsed.subjectKeyId, dataKeyId),
        "wrapped subject key",
      );
      return subjectKey(organizationId, subjectId, parsed.subjectKeyId, raw);
    },
  };
}
