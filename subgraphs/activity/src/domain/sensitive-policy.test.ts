import { describe, expect, it } from "vitest";
import { maskedName, maySee } from "./sensitive-policy.js";

const mentor = { role: "peer_mentor" as const };
const coordinator = { role: "coordinator" as const };
const admin = { role: "org_admin" as const };

describe("sensitive field policy", () => {
  it("by default a mentor sees sensitive fields only of contacts they work with", () => {
    expect(maySee([], mentor, "health_information", true)).toBe(true);
    expect(maySee([], mentor, "health_information", false)).toBe(false);
    expect(maySee([], mentor, "notes", false)).toBe(false);
    expect(maySee([], mentor, "municipality", false)).toBe(true);
  });

  it("by default health information and notes are hidden from administrators, not from coordinators", () => {
    expect(maySee([], admin, "health_information", false)).toBe(false);
    expect(maySee([], { role: "global_admin" }, "notes", false)).toBe(false);
    expect(maySee([], admin, "address", false)).toBe(true);
    expect(maySee([], coordinator, "health_information", false)).toBe(true);
  });

  it("a rule decides the roles it names; the mentor's relationship still holds", () => {
    const rules = [{ field: "health_information", sensitive: true, hiddenFromRoles: ["peer_mentor"] }];
    expect(maySee(rules, mentor, "health_information", true)).toBe(false);
    expect(maySee(rules, coordinator, "health_information", false)).toBe(true);
    expect(maySee(rules, admin, "health_information", false)).toBe(true);
    expect(maySee([{ field: "address", sensitive: true, hiddenFromRoles: [] }], mentor, "address", false)).toBe(false);
  });

  it("masks a hidden name to its initial", () => {
    expect(maskedName("Astrid")).toBe("A.");
  });
});
