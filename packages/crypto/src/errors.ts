/** Every failure of this package is a CryptoError with a stable code; messages never contain key material or plaintext. */
export type CryptoErrorCode =
  | "INVALID_MASTER_KEY"
  | "MALFORMED_CIPHERTEXT"
  | "MALFORMED_WRAPPED_KEY"
  | "UNKNOWN_MASTER_KEY"
  | "NO_DATA_KEY"
  | "SUBJECT_KEY_DESTROYED"
  | "KEY_MISMATCH"
  | "DECRYPTION_FAILED"
  | "INVALID_ARGUMENT";

export class CryptoError extends Error {
  constructor(
    public readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CryptoError";
  }
}

export const isCryptoError = (e: unknown, code?: CryptoErrorCode): e is CryptoError =>
  e instanceof CryptoError && (code === undefined || e.code === code);

/** True when the value could not be read because its subject's key was destroyed (crypto-shredded): answer "no data", not a failure. */
export const isShredded = (e: unknown): e is CryptoError => isCryptoError(e, "SUBJECT_KEY_DESTROYED");
