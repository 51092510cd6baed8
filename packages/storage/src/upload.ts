/**
 * acceptUpload: the one gate every uploaded file passes before it is stored.
 * 1. size limit, checked first (nothing is decoded above it);
 * 2. the content type is detected FROM THE BYTES (file-type), never taken from
 *    the client; it must be on the policy's allow-list, and a declared type
 *    that disagrees is refused (a forged content type);
 * 3. images are decoded and re-encoded (sharp): turned upright, scaled down to
 *    the policy's maximum dimension, and written WITHOUT metadata (EXIF, GPS,
 *    XMP, IPTC, comments), which also drops anything appended to the file;
 * 4. the answer carries what the caller's metadata row needs (sha256, size,
 *    content type, extension, width, height).
 */
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type OutputInfo } from "sharp";
import { UploadRejectedError } from "./errors.js";
import { decodeHeic } from "./heic.js";

export type ImageType = "image/jpeg" | "image/png" | "image/webp";
/** What is stored: HEIC arrives but leaves as JPEG. */
export type StoredType = ImageType | "application/pdf";
/** What may arrive: the stored types, and HEIC/HEIF photos (converted to JPEG). */
export type AllowedType = StoredType | "image/heic";

export interface UploadPolicy {
  /** Content types accepted, as detected from the bytes. */
  allow: readonly AllowedType[];
  /** Upper limit of the uploaded file, in bytes. */
  maxBytes: number;
  /** Images are scaled down to fit this many pixels on their longest side (default 2048). */
  maxDimension?: number;
  /** Images larger than this many pixels are refused before decoding (default 40 megapixels). */
  maxInputPixels?: number;
  /** JPEG/WebP quality of re-encoded images (default 82). */
  quality?: number;
}

export interface AcceptOptions {
  /** The type the client claimed (Content-Type or the form field): refused if it disagrees with the bytes. */
  declaredContentType?: string | null;
}

export interface AcceptedUpload {
  /** The bytes to store (re-encoded for images, unchanged for PDF). */
  bytes: Buffer;
  /** The type of `bytes` (HEIC uploads become image/jpeg). */
  contentType: StoredType;
  /** The type detected in the uploaded bytes. */
  detectedContentType: AllowedType;
  /** File extension without dot, matching contentType ("jpg", "png", "webp", "pdf"). */
  extension: string;
  size: number;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  width: number | null;
  height: number | null;
  /** True when the bytes were re-encoded (images). */
  transformed: boolean;
  original: { size: number; sha256: string };
}

const MiB = 1024 * 1024;
const IMAGES = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const satisfies readonly AllowedType[];
const EXTENSION: Record<AllowedType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
};

/** Presets for the two users of this package; spread and override as needed. */
export const uploadPolicies = {
  /** finance: receipts (photos of paper receipts, PDF invoices). */
  receipt: { allow: [...IMAGES, "application/pdf"], maxBytes: 10 * MiB, maxDimension: 2000 },
  /** activity: attachments (invitations, photos, screenshots, PDFs). */
  activityDocument: { allow: [...IMAGES, "application/pdf"], maxBytes: 20 * MiB, maxDimension: 2560 },
  /** activity: signed confidentiality declarations (scan or PDF). */
  confidentialityDeclaration: {
    allow: ["image/jpeg", "image/png", "image/heic", "application/pdf"],
    maxBytes: 10 * MiB,
    maxDimension: 2480,
  },
} as const satisfies Record<string, UploadPolicy>;

/**
 * The request body a policy's largest file needs when it travels base64 inside
 * a GraphQL JSON request (4 characters per 3 bytes, plus room for the rest of
 * the request): what a subgraph taking such uploads sets as its body limit.
 */
export function base64BodyLimit(policy: UploadPolicy): number {
  return Math.ceil(policy.maxBytes / 3) * 4 + 64 * 1024;
}

const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/x-png": "image/png",
  "application/x-pdf": "application/pdf",
  "image/heif": "image/heic",
};

/** Lowercase, without parameters, with common aliases folded ("image/jpg; x=1" → "image/jpeg"). */
export function normalizeContentType(type: string): string {
  const bare = type.split(";")[0]!.trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const mb = (n: number) => `${(n / MiB).toFixed(n < MiB ? 2 : 1)} MB`;

export async function acceptUpload(
  input: Uint8Array,
  policy: UploadPolicy,
  options: AcceptOptions = {},
): Promise<AcceptedUpload> {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) throw new UploadRejectedError("upload_empty", "The file is empty.");
  if (bytes.length > policy.maxBytes) {
    throw new UploadRejectedError(
      "upload_too_large",
      `The file is ${mb(bytes.length)}; the limit is ${mb(policy.maxBytes)}.`,
      {
        size: bytes.length,
        maxBytes: policy.maxBytes,
      },
    );
  }

  const detected = await fileTypeFromBuffer(bytes);
  const type = detected ? normalizeContentType(detected.mime) : null;
  if (!type || !(policy.allow as readonly string[]).includes(type)) {
    throw new UploadRejectedError(
      "upload_type_not_allowed",
      `This kind of file is not accepted; allowed: ${policy.allow.map((t) => EXTENSION[t]).join(", ")}.`,
      {
        detected: type,
        allowed: [...policy.allow],
      },
    );
  }
  const detectedContentType = type as AllowedType;
  const declared = options.declaredContentType ? normalizeContentType(options.declaredContentType) : null;
  if (declared && declared !== "application/octet-stream" && declared !== detectedContentType) {
    throw new UploadRejectedError("upload_type_mismatch", "The file's content does not match its declared type.", {
      declared,
      detected: detectedContentType,
    });
  }

  const original = { size: bytes.length, sha256: sha256(bytes) };
  if (detectedContentType === "application/pdf") {
    return {
      bytes,
      contentType: "application/pdf",
      detectedContentType,
      extension: "pdf",
      size: bytes.length,
      sha256: original.sha256,
      width: null,
      height: null,
      transformed: false,
      original,
    };
  }
  return reencodeImage(bytes, detectedContentType, policy, original);
}

async function reencodeImage(
  bytes: Buffer,
  detectedContentType: ImageType | "image/heic",
  policy: UploadPolicy,
  original: AcceptedUpload["original"],
): Promise<AcceptedUpload> {
  const maxDimension = policy.maxDimension ?? 2048;
  const quality = policy.quality ?? 82;
  const limitInputPixels = policy.maxInputPixels ?? 40_000_000;
  const contentType: ImageType = detectedContentType === "image/heic" ? "image/jpeg" : detectedContentType;
  // HEIC: decoded to raw pixels first (no metadata survives that), with the pixel limit checked before decoding.
  const raw = detectedContentType === "image/heic" ? await decodeHeic(bytes, limitInputPixels) : null;
  let out: { data: Buffer; info: OutputInfo };
  try {
    // sharp writes no metadata unless asked (keepMetadata/withExif): EXIF, GPS, XMP, IPTC and ICC are dropped.
    const source = raw
      ? sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 4 }, limitInputPixels }).flatten({
          background: "#ffffff",
        })
      : sharp(bytes, { limitInputPixels, failOn: "error", animated: false });
    let pipeline = source
      .rotate() // apply the EXIF orientation before the EXIF goes
      .resize({ width: maxDimension, height: maxDimension, fit: "inside", withoutEnlargement: true });
    pipeline =
      contentType === "image/jpeg"
        ? pipeline.jpeg({ quality, mozjpeg: true })
        : contentType === "image/png"
          ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
          : pipeline.webp({ quality });
    out = await pipeline.toBuffer({ resolveWithObject: true });
  } catch (e) {
    const message = (e as Error)?.message ?? "";
    if (/pixel limit/i.test(message)) {
      throw new UploadRejectedError("upload_dimensions", "The image has too many pixels.", {
        maxInputPixels: limitInputPixels,
      });
    }
    throw new UploadRejectedError("upload_unreadable", "The image could not be read; it may be damaged.");
  }
  return {
    bytes: out.data,
    contentType,
    detectedContentType,
    extension: EXTENSION[contentType],
    size: out.data.length,
    sha256: sha256(out.data),
    width: out.info.width,
    height: out.info.height,
    transformed: true,
    original,
  };
}
