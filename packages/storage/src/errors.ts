/** Failures of the object store (not of an upload: see UploadRejectedError). */
export type StorageErrorCode = "INVALID_KEY" | "INVALID_METADATA" | "INVALID_CONFIG" | "BACKEND_ERROR";

export class StorageError extends Error {
  constructor(
    public readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StorageError";
  }
}

/**
 * An upload refused by `acceptUpload`. `rule` is the stable rule name to pass to
 * `badInput(rule, field, message)` of @meander/auth; `message` is safe to show.
 */
export type UploadRule =
  | "upload_empty"
  | "upload_too_large"
  | "upload_type_not_allowed"
  | "upload_type_mismatch"
  | "upload_unreadable"
  | "upload_dimensions"
  | "upload_encoding";

export class UploadRejectedError extends Error {
  constructor(
    public readonly rule: UploadRule,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "UploadRejectedError";
  }
}
