import { describe, expect, it } from "vitest";
import {
  checkRevoke,
  statusOn,
  transition,
  validateCertificationType,
  validUntilFor,
  renewalOf,
} from "./certification.js";

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
    expect(validateCertificationType({ key: "Bad Key", name: "", validityMonths: -1 }).map((v) => v.rule)).toEqual([
      "key_format",
      "name_length",
      "validity_positive",
    ]);
    expect(checkRevoke("active", " ")?.rule).toBe("reason_required");
    expect(checkRevoke("revoked", "x")?.rule).toBe("already_revoked");
    expect(checkRevoke("expiring", "x")).toBeNull();
  });
});

describe("renewal", () => {
  const held = (validUntil: string | null, status: "active" | "expiring" | "expired" | "revoked" = "active") => ({
    validFrom: "2027-01-01",
    validUntil,
    status,
  });

  it("issues the first, renews only when the new validity ends later (never shortens)", () => {
    expect(renewalOf(null, { validFrom: "2027-01-01", validUntil: "2027-12-31" })).toBe("issue");
    expect(renewalOf(held("2028-01-31"), { validFrom: "2027-06-01", validUntil: "2028-05-31" })).toBe("renew");
    expect(renewalOf(held("2028-01-31"), { validFrom: "2026-06-01", validUntil: "2027-05-31" })).toBe("keep");
    expect(renewalOf(held("2028-01-31"), { validFrom: "2027-02-01", validUntil: "2028-01-31" })).toBe("keep");
    expect(renewalOf(held("2026-01-31", "expired"), { validFrom: "2027-02-01", validUntil: "2028-01-31" })).toBe(
      "renew",
    );
  });

  it("treats no expiry as the longest validity", () => {
    expect(renewalOf(held(null), { validFrom: "2030-01-01", validUntil: "2031-01-01" })).toBe("keep");
    expect(renewalOf(held("2028-01-31"), { validFrom: "2027-02-01", validUntil: null })).toBe("renew");
  });

  it("never revives a revoked certification", () => {
    expect(renewalOf(held("2026-01-31", "revoked"), { validFrom: "2030-01-01", validUntil: "2031-01-01" })).toBe(
      "revoked",
    );
  });
});
