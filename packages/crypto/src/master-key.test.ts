import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CryptoError, decodeMasterKey, generateMasterKey, toMasterKey } from "./index.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof CryptoError ? e.code : "not a CryptoError";
  }
  return undefined;
};

describe("generateMasterKey / decodeMasterKey", () => {
  it("generates 32 random bytes as base64 that decode back", () => {
    const a = generateMasterKey();
    const b = generateMasterKey();
    expect(a).not.toBe(b);
    expect(a).toHaveLength(44);
    expect(decodeMasterKey(a)).toEqual(Buffer.from(a, "base64"));
  });

  it("accepts hex, base64, unpadded base64url and raw bytes", () => {
    const raw = randomBytes(32);
    for (const encoded of [
      raw.toString("hex"),
      raw.toString("base64"),
      raw.toString("base64url"),
      ` ${raw.toString("base64")}\n`,
      raw,
    ]) {
      expect(decodeMasterKey(encoded)).toEqual(raw);
    }
  });

  it("refuses a key of the wrong length with a message that says what is expected", () => {
    let error: unknown;
    try {
      decodeMasterKey(randomBytes(16).toString("base64"), "MEANDER_MASTER_KEY");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CryptoError);
    expect((error as CryptoError).code).toBe("INVALID_MASTER_KEY");
    expect((error as CryptoError).message).toMatch(/MEANDER_MASTER_KEY must be 32 bytes, got 16/);
  });

  it("refuses empty, non-encoded, trailing-garbage and constant keys without echoing them", () => {
    const secretish = "correct horse battery staple, not base64!";
    expect(codeOf(() => decodeMasterKey(""))).toBe("INVALID_MASTER_KEY");
    expect(codeOf(() => decodeMasterKey(secretish))).toBe("INVALID_MASTER_KEY");
    expect(codeOf(() => decodeMasterKey(`${generateMasterKey()}AAAA`))).toBe("INVALID_MASTER_KEY");
    expect(codeOf(() => decodeMasterKey("00".repeat(32)))).toBe("INVALID_MASTER_KEY");
    try {
      decodeMasterKey(secretish);
    } catch (e) {
      expect((e as Error).message).not.toContain(secretish);
    }
  });

  it("derives a stable id that differs between keys and does not reveal the key", () => {
    const key = generateMasterKey();
    const a = toMasterKey(key);
    expect(toMasterKey(Buffer.from(key, "base64").toString("hex")).id).toBe(a.id);
    expect(toMasterKey(generateMasterKey()).id).not.toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.key.toString("hex")).not.toContain(a.id);
  });
});
