import { describe, expect, it } from "vitest";
import {
  badInput,
  conflictBy,
  forbiddenBy,
  isPublicError,
  isRuleViolationError,
  notFound,
  PublicError,
  refusalOf,
  uploadRefusal,
} from "../src/index.js";

describe("PublicError and the helpers (no GraphQL)", () => {
  it("carries its code and the facts the answer names, and what the wording needs", () => {
    const e = new PublicError("Too many", { code: "RATE_LIMITED", rule: "rate_limit_per_ip", retryAfter: 30 });
    expect(e).toBeInstanceOf(Error);
    expect(isPublicError(e)).toBe(true);
    expect(e.code).toBe("RATE_LIMITED");
    expect(e.extensions).toEqual({ code: "RATE_LIMITED", rule: "rate_limit_per_ip", retryAfter: 30 });
    expect(notFound("Activity")).toMatchObject({ message: "Activity not found", subject: "Activity" });
    expect(forbiddenBy("r", "no").extensions).toEqual({ code: "FORBIDDEN", rule: "r" });
    expect(conflictBy("r", "taken").extensions).toEqual({ code: "CONFLICT", rule: "r" });
    const v = { rule: "r", field: "name", message: "m", params: { max: 2 } };
    expect(refusalOf("CONFLICT", v)).toMatchObject({
      extensions: { code: "CONFLICT", rule: "r", field: "name" },
      params: { max: 2 },
    });
    expect(isPublicError(new Error("x"))).toBe(false);
  });

  it("makes badInput the rule error with one violation, in the shape callers read", () => {
    const e = badInput("duration_range", "durationMinutes", "Ugyldig", { min: 1 });
    expect(isRuleViolationError(e)).toBe(true);
    expect(e.violations).toEqual([
      { field: "durationMinutes", rule: "duration_range", message: "Ugyldig", params: { min: 1 } },
    ]);
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", rule: "duration_range", field: "durationMinutes" });
    const big = uploadRefusal({ rule: "upload_too_large", message: "big", details: { maxBytes: 10 } }, "file");
    expect(big.extensions).toEqual({ code: "PAYLOAD_TOO_LARGE", rule: "upload_too_large", field: "file", limit: 10 });
    expect(uploadRefusal({ rule: "upload_type", message: "no", details: {} }, "file").code).toBe("BAD_USER_INPUT");
  });
});
