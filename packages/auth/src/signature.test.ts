import { describe, expect, it } from "vitest";
import { signRequest, verifyRequestSignature } from "./signature.js";

const secret = "s".repeat(64);
const body = JSON.stringify({ query: "{ _service { sdl } }" });

describe("gateway request signature", () => {
  it("accepts the exact body the gateway signed", () => {
    expect(verifyRequestSignature(secret, signRequest(secret, body), body)).toBe(true);
  });

  it("refuses a changed body, another secret, a missing or malformed header", () => {
    const header = signRequest(secret, body);
    expect(verifyRequestSignature(secret, header, body.replace("sdl", "sdl __typename"))).toBe(false);
    expect(verifyRequestSignature("x".repeat(64), header, body)).toBe(false);
    expect(verifyRequestSignature(secret, undefined, body)).toBe(false);
    expect(verifyRequestSignature(secret, "t=abc,v1=zz", body)).toBe(false);
    expect(verifyRequestSignature(secret, header.replace(/v1=../, "v1=00"), body)).toBe(false);
  });

  it("refuses a replay older than five minutes", () => {
    const then = new Date("2026-01-01T10:00:00Z");
    const header = signRequest(secret, body, then);
    expect(verifyRequestSignature(secret, header, body, new Date("2026-01-01T10:04:00Z"))).toBe(true);
    expect(verifyRequestSignature(secret, header, body, new Date("2026-01-01T10:06:00Z"))).toBe(false);
  });
});
