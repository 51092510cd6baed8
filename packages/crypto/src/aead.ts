/** AES-256-GCM sealing shared by data keys, subject keys and ciphertexts: iv 12 | body | tag 16. */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { CryptoError } from "./errors.js";

const ALGORITHM = "aes-256-gcm";
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export const ID = /^[0-9a-f]{16}$/;
export const B64U = /^[A-Za-z0-9_-]+$/;

/** A fresh random key id (8 bytes, hex): fixed for the life of the key. */
export const newKeyId = () => randomBytes(8).toString("hex");
export const newKey = () => randomBytes(KEY_BYTES);

export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function open(key: Buffer, sealed: Buffer, aad: Buffer, what: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CryptoError(
      "DECRYPTION_FAILED",
      `${what} failed to decrypt: wrong key, wrong row/organization binding or tampered data`,
    );
  }
}

export function checkAad(aad: string): void {
  if (typeof aad !== "string" || aad.length === 0) {
    throw new CryptoError(
      "INVALID_ARGUMENT",
      "associated data is required: bind the ciphertext to its row (see rowAad)",
    );
  }
}

export function checkId(value: string, what: string): void {
  if (typeof value !== "string" || value.length === 0) throw new CryptoError("INVALID_ARGUMENT", `${what} is required`);
}

export const bytesOf = (plaintext: string | Uint8Array) =>
  typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : Buffer.from(plaintext);
