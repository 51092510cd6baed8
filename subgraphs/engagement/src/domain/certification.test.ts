import { describe, expect, it } from "vitest";
import { checkRevoke, statusOn, transition, validateCertificationType, validUntilFor } from "./certification.js";

describe("certification rules", () => {
  it("is valid through the day before the same date after the validity period", () => {
    expect(validUntilFor("2027-03-02", 12)).toBe("2028-03-01");
    expect(validUntilFor("2027-03-01", 12)).toBe("2028-02-29");
    expect(validUntilFor("2027-03-01", null)).toBeNull();
  });

  it("is active, expiring in the last 30 days, expired after validUntil", () => {
    expect(statusOn("2028-02-29", "2028-01-29")).toBe("active");
    expect(statusOn("2028-02-29", "2028-01-30")).toBe("expiring");
    expect(statusOn("2028-02-29", "2028-02-29")).toBe("expiring");
    expect(statusOn("2028-02-29", "2028-03-01")).toBe("expired");
    expect(statusOn(null, "2099-01-01")).toBe("active");
  });

  it("moves forward only, and never out of revoked", () => {
    expect(transition("active", "2028-02-29", "2028-02-01")).toBe("expiring");
    expect(transition("active", "2028-02-29", "2028-03-05")).toBe("expired");
    expect(transition("expiring", "2028-02-29", "2028-02-10")).toBeNull();
    expect(transition("expired", "2028-02-29", "2027-01-01")).toBeNull();
    expect(transition("revoked", "2028-02-29", "2028-03-05")).toBeNull();
  });

  it("names the broken rule of a type and of a revocation", () => {
    expect(validateCertificationType({ key: "grunnkurs", name: "Grunnkurs", validityMonths: 24 })).toEqual([]);
    expect(validateCertificationType({ key: "Bad Key", name: "", validityMonths: -1 }).map((v) => v.rule)).toEqual(["key_format", "name_length", "validity_positive"]);
    expect(checkRevoke("active", " ")?.rule).toBe("reason_required");
    expect(checkRevoke("revoked", "x")?.rule).toBe("already_revoked");
    expect(checkRevoke("expiring", "x")).toBeNull();
  });
});
