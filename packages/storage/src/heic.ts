/**
 * HEIC/HEIF (iPhone photos, HEVC inside): sharp's prebuilt libvips cannot decode
 * HEVC, so the primary image is decoded by libheif compiled to WebAssembly
 * (heic-decode) into raw pixels, which carry no metadata at all; sharp then
 * encodes them as JPEG. libheif applies the image's rotation/mirror properties
 * while decoding. Decoding runs in a worker thread (heic-worker.mjs), started
 * per image and ended afterwards: it takes seconds for a large photo and must
 * not block the event loop.
 */
import { Worker } from "node:worker_threads";
import { UploadRejectedError } from "./errors.js";

export interface RawImage {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel. */
  data: Buffer;
}

type Answer = { error: "dimensions" | "unreadable" } | { width: number; height: number; data: Uint8ClampedArray };

const unreadable = () =>
  new UploadRejectedError("upload_unreadable", "The image could not be read; it may be damaged.");

export async function decodeHeic(bytes: Buffer, maxInputPixels: number, timeoutMs = 120_000): Promise<RawImage> {
  const copy = new Uint8Array(bytes); // its own ArrayBuffer, transferred to the worker
  const worker = new Worker(new URL("./heic-worker.mjs", import.meta.url), {
    workerData: { bytes: copy, maxInputPixels },
    transferList: [copy.buffer],
    stdout: true, // libheif prints parse errors: keep them out of the service's log
  });
  worker.stdout.resume();
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await new Promise<Answer>((resolve, reject) => {
      timer = setTimeout(() => reject(unreadable()), timeoutMs);
      worker.once("message", resolve);
      worker.once("error", () => reject(unreadable()));
      worker.once("exit", () => reject(unreadable()));
    });
    if ("error" in answer) {
      throw answer.error === "dimensions"
        ? new UploadRejectedError("upload_dimensions", "The image has too many pixels.", { maxInputPixels })
        : unreadable();
    }
    return {
      width: answer.width,
      height: answer.height,
      data: Buffer.from(answer.data.buffer, answer.data.byteOffset, answer.data.byteLength),
    };
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
