import { describe, expect, it } from "vitest";
import {
  StorageError,
  checkKey,
  namespacedKey,
  newObjectKey,
  normalizeContentType,
  objectStoreConfigFrom,
} from "./index.js";

const ORG = "0190f0a0-0000-7000-8000-00000000000a";
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof StorageError ? e.code : String(e);
  }
  return "accepted";
};

describe("object keys", () => {
  it("namespaces a key under its organization", () => {
    expect(namespacedKey(ORG, "receipts/2026/11/a.jpg")).toBe(`${ORG}/receipts/2026/11/a.jpg`);
  });

  it.each([
    "",
    "../x",
    "a/../../b",
    "/etc/passwd",
    "a//b",
    "a/./b",
    ".hidden",
    "a\\b",
    "a/b\n",
    "a b",
    "a/",
    "x".repeat(600),
  ])("refuses the key %j", (key) => {
    expect(code(() => checkKey(key))).toBe("INVALID_KEY");
  });

  it("refuses organization ids that could escape the namespace", () => {
    for (const org of ["", "..", "a/b", "../x", ".", "x".repeat(65)])
      expect(code(() => namespacedKey(org, "a.jpg"))).toBe("INVALID_KEY");
  });

  it("makes fresh, valid, dated keys", () => {
    const a = newObjectKey("receipts", ".JPG", new Date("2026-03-05T10:00:00Z"));
    expect(a).toMatch(/^receipts\/2026\/03\/[0-9a-f-]{36}\.jpg$/);
    expect(newObjectKey("receipts", "jpg")).not.toBe(newObjectKey("receipts", "jpg"));
  });
});

describe("content types and configuration", () => {
  it("normalizes declared content types", () => {
    expect(normalizeContentType("IMAGE/JPG; charset=binary")).toBe("image/jpeg");
    expect(normalizeContentType("application/pdf")).toBe("application/pdf");
  });

  it("reads the backend from the environment, local by default", () => {
    expect(objectStoreConfigFrom({})).toEqual({ backend: "local", root: ".data/storage" });
    expect(objectStoreConfigFrom({ MEANDER_STORAGE_DIR: "/var/meander" })).toEqual({
      backend: "local",
      root: "/var/meander",
    });
    expect(
      objectStoreConfigFrom({
        MEANDER_STORAGE_BACKEND: "s3",
        MEANDER_S3_BUCKET: "receipts",
        MEANDER_S3_ENDPOINT: "http://127.0.0.1:9000",
        MEANDER_S3_ACCESS_KEY_ID: "id",
        MEANDER_S3_SECRET_ACCESS_KEY: "secret",
        MEANDER_S3_FORCE_PATH_STYLE: "true",
      }),
    ).toEqual({
      backend: "s3",
      bucket: "receipts",
      endpoint: "http://127.0.0.1:9000",
      region: undefined,
      forcePathStyle: true,
      credentials: { accessKeyId: "id", secretAccessKey: "secret" },
      prefix: undefined,
    });
  });

  it("lists every configuration problem in one error", () => {
    let message = "";
    try {
      objectStoreConfigFrom({
        MEANDER_STORAGE_BACKEND: "s3",
        MEANDER_S3_ACCESS_KEY_ID: "id",
        MEANDER_S3_FORCE_PATH_STYLE: "yes",
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("MEANDER_S3_BUCKET is required");
    expect(message).toContain("MEANDER_S3_SECRET_ACCESS_KEY");
    expect(message).toContain("MEANDER_S3_FORCE_PATH_STYLE");
    expect(code(() => objectStoreConfigFrom({ MEANDER_STORAGE_BACKEND: "ftp" }))).toBe("INVALID_CONFIG");
  });
});
