// acceptUpload with real images made by sharp (EXIF and GPS written in), read back with exifr.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  UploadRejectedError,
  acceptUpload,
  createLocalStore,
  newObjectKey,
  uploadPolicies,
  type UploadPolicy,
  type UploadRule,
} from "../src/index.js";

const GPS = {
  GPSLatitudeRef: "N",
  GPSLatitude: "59/1 54/1 3000/100",
  GPSLongitudeRef: "E",
  GPSLongitude: "10/1 45/1 0/1",
};
const EXIF = { IFD0: { Make: "MeanderCam", Model: "X1", Artist: "Kari Nordmann" }, IFD3: GPS };
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const policy: UploadPolicy = uploadPolicies.receipt;
let jpegWithGps: Buffer;

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } }).composite([
    {
      input: {
        create: {
          width: Math.ceil(width / 3),
          height: Math.ceil(height / 3),
          channels: 3,
          background: { r: 20, g: 160, b: 220 },
        },
      },
      left: 0,
      top: 0,
    },
  ]);

async function rejected(promise: Promise<unknown>): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return error as UploadRejectedError;
}
const ruleOf = async (promise: Promise<unknown>): Promise<UploadRule> => (await rejected(promise)).rule;

beforeAll(async () => {
  jpegWithGps = await photo(3000, 1500).jpeg({ quality: 95 }).withExif(EXIF).toBuffer();
});

describe("acceptUpload: images", () => {
  it("the fixture really carries GPS and camera EXIF (so the next test can fail)", async () => {
    expect(await exifr.gps(jpegWithGps)).toMatchObject({ latitude: expect.closeTo(59.908, 2), longitude: 10.75 });
    expect(await exifr.parse(jpegWithGps)).toMatchObject({ Make: "MeanderCam", Artist: "Kari Nordmann" });
  });

  it("strips GPS and every other EXIF field from a JPEG, scales it down and reports its metadata", async () => {
    const accepted = await acceptUpload(jpegWithGps, policy, { declaredContentType: "image/jpeg" });
    expect(await exifr.gps(accepted.bytes)).toBeUndefined();
    expect(await exifr.parse(accepted.bytes, true)).toBeUndefined();
    expect(accepted.bytes.includes(Buffer.from("MeanderCam"))).toBe(false);
    expect(accepted.bytes.includes(Buffer.from("Exif\0\0"))).toBe(false);
    expect(accepted).toMatchObject({
      contentType: "image/jpeg",
      extension: "jpg",
      width: 2000,
      height: 1000,
      transformed: true,
    });
    expect(accepted.size).toBe(accepted.bytes.length);
    expect(accepted.sha256).toBe(createHash("sha256").update(accepted.bytes).digest("hex"));
    expect(accepted.original).toEqual({
      size: jpegWithGps.length,
      sha256: createHash("sha256").update(jpegWithGps).digest("hex"),
    });
    expect((await sharp(accepted.bytes).metadata()).format).toBe("jpeg");
  });

  it("strips EXIF/GPS from PNG and WebP too, keeping their format", async () => {
    for (const [format, type] of [
      ["png", "image/png"],
      ["webp", "image/webp"],
    ] as const) {
      const input = await photo(800, 600).toFormat(format).withExif(EXIF).toBuffer();
      // exifr reads PNG but not WebP: sharp's own metadata reader checks the EXIF block of both.
      if (format === "png") expect(await exifr.gps(input)).toBeDefined();
      expect((await sharp(input).metadata()).exif).toBeDefined();
      expect(input.includes(Buffer.from("MeanderCam"))).toBe(true);
      const accepted = await acceptUpload(input, policy);
      expect(accepted.contentType).toBe(type);
      if (format === "png") expect(await exifr.gps(accepted.bytes)).toBeUndefined();
      expect((await sharp(accepted.bytes).metadata()).exif).toBeUndefined();
      expect(accepted.bytes.includes(Buffer.from("MeanderCam"))).toBe(false);
      expect([accepted.width, accepted.height]).toEqual([800, 600]); // smaller than the limit: never enlarged
    }
  });

  it("turns a photo upright from its EXIF orientation before dropping the tag", async () => {
    const sideways = await photo(300, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const accepted = await acceptUpload(sideways, policy);
    expect([accepted.width, accepted.height]).toEqual([100, 300]);
    expect((await sharp(accepted.bytes).metadata()).orientation).toBeUndefined();
  });

  it("drops bytes appended after the image (polyglot files)", async () => {
    const polyglot = Buffer.concat([
      await photo(200, 200).jpeg().toBuffer(),
      Buffer.from("PK\x03\x04 APPENDED-PAYLOAD <script>alert(1)</script>"),
    ]);
    const accepted = await acceptUpload(polyglot, policy);
    expect(accepted.bytes.includes(Buffer.from("APPENDED-PAYLOAD"))).toBe(false);
  });

  it("refuses a damaged image and one with too many pixels", async () => {
    expect(await ruleOf(acceptUpload(jpegWithGps.subarray(0, 3000), policy))).toBe("upload_unreadable");
    expect(await ruleOf(acceptUpload(jpegWithGps, { ...policy, maxInputPixels: 1_000_000 }))).toBe("upload_dimensions");
  });
});

describe("acceptUpload: HEIC (iPhone photos)", () => {
  // test/fixtures/gps.heic: 640x320, HEVC, with camera and GPS EXIF (made with libheif's heif-enc from a sharp JPEG).
  const fixture = () => readFile(new URL("./fixtures/gps.heic", import.meta.url));

  it("converts a HEIC photo to JPEG without its GPS and camera EXIF", async () => {
    const heic = await fixture();
    // exifr does not find the Exif item in this HEIC's box layout: read the EXIF block (a TIFF) it holds directly.
    const exifBlock = heic.subarray(heic.indexOf(Buffer.from("II*\0")));
    expect(await exifr.gps(exifBlock)).toMatchObject({ latitude: expect.closeTo(59.908, 2), longitude: 10.75 });
    expect(heic.includes(Buffer.from("MeanderCam"))).toBe(true);
    const accepted = await acceptUpload(heic, policy, { declaredContentType: "image/heic" });
    expect(accepted).toMatchObject({
      contentType: "image/jpeg",
      detectedContentType: "image/heic",
      extension: "jpg",
      width: 640,
      height: 320,
      transformed: true,
    });
    expect((await sharp(accepted.bytes).metadata()).format).toBe("jpeg");
    expect(await exifr.gps(accepted.bytes)).toBeUndefined();
    expect(accepted.bytes.includes(Buffer.from("MeanderCam"))).toBe(false);
    const { dominant } = await sharp(accepted.bytes).stats();
    expect(dominant.r).toBeGreaterThan(dominant.b); // the pixels came through (the orange background)
  });

  it("refuses HEIC where the policy does not allow it, over the pixel limit, or damaged", async () => {
    const heic = await fixture();
    expect(await ruleOf(acceptUpload(heic, { ...policy, allow: ["image/jpeg"] }))).toBe("upload_type_not_allowed");
    expect(await ruleOf(acceptUpload(heic, { ...policy, maxInputPixels: 640 * 320 - 1 }))).toBe("upload_dimensions");
    expect(await ruleOf(acceptUpload(heic.subarray(0, 400), policy))).toBe("upload_unreadable");
  });
});

describe("acceptUpload: content type from the bytes", () => {
  it("accepts a PDF unchanged", async () => {
    const accepted = await acceptUpload(PDF, policy, { declaredContentType: "application/pdf" });
    expect(accepted).toMatchObject({
      contentType: "application/pdf",
      extension: "pdf",
      size: PDF.length,
      width: null,
      height: null,
      transformed: false,
    });
    expect(accepted.bytes.equals(PDF)).toBe(true);
    expect(accepted.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
  });

  it("refuses a renamed .exe posing as an image or a PDF", async () => {
    const exe = Buffer.alloc(1024);
    exe.write("MZ", 0);
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write("PE\0\0", 0x80, "binary");
    for (const declared of ["image/jpeg", "application/pdf", undefined]) {
      const error = await rejected(acceptUpload(exe, policy, { declaredContentType: declared }));
      expect(error.rule).toBe("upload_type_not_allowed");
      expect(error.details.detected).toBe("application/x-msdownload");
    }
  });

  it("refuses a text file posing as an image or a PDF (no type can be detected)", async () => {
    const text = Buffer.from("Dette er ikke en kvittering.\nBare tekst.\n");
    expect(await ruleOf(acceptUpload(text, policy, { declaredContentType: "image/png" }))).toBe(
      "upload_type_not_allowed",
    );
    expect(await ruleOf(acceptUpload(text, policy, { declaredContentType: "application/pdf" }))).toBe(
      "upload_type_not_allowed",
    );
  });

  it("refuses types off the allow-list even when they are images (GIF, SVG) or PDFs where only images are allowed", async () => {
    const gif = await photo(10, 10).gif().toBuffer();
    expect(await ruleOf(acceptUpload(gif, policy))).toBe("upload_type_not_allowed");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await ruleOf(acceptUpload(svg, policy, { declaredContentType: "image/svg+xml" }))).toBe(
      "upload_type_not_allowed",
    );
    expect(await ruleOf(acceptUpload(PDF, { ...policy, allow: ["image/jpeg"] }))).toBe("upload_type_not_allowed");
  });

  it("refuses a forged declared type that disagrees with the bytes; tolerates aliases and octet-stream", async () => {
    expect(await ruleOf(acceptUpload(PDF, policy, { declaredContentType: "image/jpeg" }))).toBe("upload_type_mismatch");
    const png = await photo(20, 20).png().toBuffer();
    expect(await ruleOf(acceptUpload(png, policy, { declaredContentType: "image/jpeg" }))).toBe("upload_type_mismatch");
    expect((await acceptUpload(jpegWithGps, policy, { declaredContentType: "image/jpg" })).contentType).toBe(
      "image/jpeg",
    );
    expect((await acceptUpload(PDF, policy, { declaredContentType: "application/octet-stream" })).contentType).toBe(
      "application/pdf",
    );
  });
});

describe("acceptUpload: size", () => {
  it("refuses a file over the limit before decoding it, and an empty file", async () => {
    const error = await rejected(acceptUpload(jpegWithGps, { ...policy, maxBytes: jpegWithGps.length - 1 }));
    expect(error.rule).toBe("upload_too_large");
    expect(error.details).toEqual({ size: jpegWithGps.length, maxBytes: jpegWithGps.length - 1 });
    expect((await acceptUpload(jpegWithGps, { ...policy, maxBytes: jpegWithGps.length })).contentType).toBe(
      "image/jpeg",
    ); // exactly at the limit
    expect(await ruleOf(acceptUpload(Buffer.alloc(0), policy))).toBe("upload_empty");
  });
});

describe("acceptUpload then store", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "meander-upload-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stores the cleaned bytes under a fresh key; nothing is stored for a refused upload", async () => {
    const store = createLocalStore({ root: dir });
    const org = "0190f0a0-0000-7000-8000-00000000000a";
    const accepted = await acceptUpload(jpegWithGps, policy);
    const key = newObjectKey("receipts", accepted.extension);
    await store.put(org, key, accepted.bytes, {
      contentType: accepted.contentType,
      metadata: { sha256: accepted.sha256 },
    });
    const back = await store.get(org, key);
    expect(createHash("sha256").update(back!.bytes).digest("hex")).toBe(accepted.sha256);
    expect(await exifr.gps(back!.bytes)).toBeUndefined();

    const refusedKey = newObjectKey("receipts", "pdf");
    await acceptUpload(Buffer.from("not a pdf"), policy)
      .then((a) => store.put(org, refusedKey, a.bytes, { contentType: a.contentType }))
      .catch(() => undefined);
    expect(await store.head(org, refusedKey)).toBeNull();
  });
});
