import { describe, expect, it } from "vitest";
import { NOBODY, scopes, sees, writableIn } from "./scope.js";

const row = (la: string | null, owner: string) => ({ organizationId: "org", localAssociationId: la, ownerId: owner });

describe("the visibility model (sees)", () => {
  it("gives each reach its rows: own, local associations, organization, platform, none", () => {
    const mentor = scopes.own("org", "kari", ["la-1"]);
    const coordinator = scopes.localAssociations("org", ["la-1"], "cora");
    const admin = scopes.organization("org", "ada");
    const rows = [
      row("la-1", "kari"),
      row("la-1", "ola"),
      row("la-2", "per"),
      row("la-2", "cora"),
      { ...row("la-1", "kari"), organizationId: "other" },
    ];
    expect(rows.map((r) => sees(mentor, r))).toEqual([true, false, false, false, false]);
    expect(rows.map((r) => sees(coordinator, r))).toEqual([true, true, false, true, false]);
    expect(rows.map((r) => sees(admin, r))).toEqual([true, true, true, true, false]);
    expect(rows.map((r) => sees(scopes.platform(), r))).toEqual([true, true, true, true, true]);
    expect(rows.map((r) => sees(NOBODY, r))).toEqual([false, false, false, false, false]);
  });

  it("shows an organization-wide row (a catalog) to every role of the organization", () => {
    for (const s of [
      scopes.own("org", "kari", ["la-1"]),
      scopes.localAssociations("org", ["la-1"], "cora"),
      scopes.organization("org"),
    ]) {
      expect(sees(s, { organizationId: "org" })).toBe(true);
      expect(sees(s, { organizationId: "other" })).toBe(false);
    }
  });
});

describe("writes in scope (writableIn)", () => {
  const roles = [
    scopes.own("o", "u", ["la"]),
    scopes.localAssociations("o", ["la"], "u"),
    scopes.organization("o", "u"),
  ];

  it("writes in the scope's own organization, for every role; the platform writes anywhere", () => {
    for (const s of roles) expect(writableIn(s, "o")).toBe("o");
    expect(writableIn(scopes.organization("o"), "o")).toBe("o");
    expect(writableIn(scopes.platform(), "o-2")).toBe("o-2");
  });

  it("refuses another organization's row, and every row for nobody", () => {
    expect(() => writableIn(scopes.organization("o"), "o-2")).toThrow(/does not write in organization o-2/);
    expect(() => writableIn(roles[1]!, "o-2")).toThrow();
    expect(() => writableIn(NOBODY, "o")).toThrow();
  });
});
