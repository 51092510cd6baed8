/**
 * Files that travel base64-encoded inside a GraphQL request (no multipart
 * uploads through the gateway): activity documents and finance's receipts.
 * Size the body limit with `base64BodyLimit`.
 */
import { UploadRejectedError } from "./errors.js";

/** Decodes standard base64 (whitespace ignored, padding required); anything else is `upload_encoding`. */
export function decodeBase64Upload(text: string): Buffer {
  const clean = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
    throw new UploadRejectedError("upload_encoding", "The file must be base64-encoded");
  }
  return Buffer.from(clean, "base64");
}
