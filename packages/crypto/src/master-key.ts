/**
 * Master keys: 32 random bytes that come from configuration (base64, base64url
 * or 64 hex characters). A master key only wraps (encrypts) the per-organization
 * data keys; it never touches data directly. Its id, written into every wrapped
 * data key, is derived from the key itself, so configuration holds only keys.
 */
import { createHmac, randomBytes } from "node:crypto";
import { CryptoError } from "./errors.js";

export const MASTER_KEY_BYTES = 32;

/** A decoded master key with its public id (a fingerprint that reveals nothing about the key). */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** A new random master key, base64-encoded: what to put in the configuration (e.g. MEANDER_MASTER_KEY). */
export function generateMasterKey(): string {
  return randomBytes(MASTER_KEY_BYTES).toString("base64");
}

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Decodes a master key from configuration text. Accepts 64 hex characters or the
 * base64/base64url encoding of 32 bytes; anything else fails with a message that
 * says what was expected (never echoing the value). `name` labels the message.
 */
export function decodeMasterKey(encoded: string | Buffer | Uint8Array, name = "master key"): Buffer {
  let bytes: Buffer;
  if (typeof encoded !== "string") {
    bytes = Buffer.from(encoded);
  } else {
    const text = encoded.trim();
    if (text.length === 0) {
      throw new CryptoError(
        "INVALID_MASTER_KEY",
        `${name} is empty: expected 32 random bytes as base64 or 64 hex characters (generate one with generateMasterKey())`,
      );
    }
    if (text.length === MASTER_KEY_BYTES * 2 && HEX.test(text)) {
      bytes = Buffer.from(text, "hex");
    } else if (BASE64.test(text) || BASE64URL.test(text)) {
      bytes = Buffer.from(text, BASE64.test(text) ? "base64" : "base64url");
      // Node ignores trailing garbage silently; re-encoding must give the same text back.
      const canonical = (BASE64.test(text) ? bytes.toString("base64") : bytes.toString("base64url")).replace(/=+$/, "");
      if (canonical !== text.replace(/=+$/, "")) {
        throw new CryptoError("INVALID_MASTER_KEY", `${name} is not valid base64`);
      }
    } else {
      throw new CryptoError(
        "INVALID_MASTER_KEY",
        `${name} is neither base64 nor hex: expected 32 random bytes as base64 (44 characters) or 64 hex characters`,
      );
    }
  }
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new CryptoError(
      "INVALID_MASTER_KEY",
      `${name} must be ${MASTER_KEY_BYTES} bytes, got ${bytes.length}: expected base64 (44 characters) or 64 hex characters`,
    );
  }
  if (bytes.every((b) => b === bytes[0])) {
    throw new CryptoError(
      "INVALID_MASTER_KEY",
      `${name} is not random (every byte is the same): generate one with generateMasterKey()`,
    );
  }
  return bytes;
}

/** Decodes a key and derives its id: HMAC-SHA256(key, label), first 8 bytes in hex. */
export function toMasterKey(encoded: string | Buffer | Uint8Array, name?: string): MasterKey {
  const key = decodeMasterKey(encoded, name);
  const id = createHmac("sha256", key).update("meander.master-key-id.v1").digest("hex").slice(0, 16);
  return { id, key };
}
