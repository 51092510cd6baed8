import { describe, expect, it } from "vitest";
import { displayName, normalizeEmail, validateNewUser } from "./user.js";

describe("user rules", () => {
  it("accepts a complete user", () => {
    expect(validateNewUser({ email: "kari@nhf.no", firstName: "Kari", lastName: "Nordmann" })).toEqual([]);
  });

  it("names the rule and field that failed", () => {
    const v = validateNewUser({ email: "not-an-email", firstName: " ", lastName: "Nordmann" });
    expect(v.map((x) => [x.rule, x.field])).toEqual([
      ["email_format", "email"],
      ["name_length", "firstName"],
    ]);
  });

  it("normalizes e-mail and builds display names", () => {
    expect(normalizeEmail("  Kari@NHF.no ")).toBe("kari@nhf.no");
    expect(displayName({ firstName: "Kari", lastName: "Nordmann" })).toBe("Kari Nordmann");
  });
});
