/**
 * The write side of engagement's repositories (issue 25): a row is written only in an organization the repository's
 * scope sees (the same rule as its reads), and a person's copied details are kept for any scope but nobody.
 */
import { describe, expect, it } from "vitest";
import { scopeOf } from "@meander/auth";
import { NOBODY, scopes } from "@meander/db";
import { seesAnyone, writableIn } from "./scope.js";

const base = { userId: "u", organizationId: "o", localAssociationId: "la" };

describe("engagement repositories: writes in scope", () => {
  it("writes in the scope's own organization, for every role; the platform writes anywhere", () => {
    for (const role of ["peer_mentor", "coordinator", "org_admin"] as const)
      expect(writableIn(scopeOf({ ...base, role }), "o")).toBe("o");
    expect(writableIn(scopes.organization("o"), "o")).toBe("o");
    expect(writableIn(scopes.platform(), "o-2")).toBe("o-2");
  });

  it("refuses another organization's row, and every row for nobody", () => {
    expect(() => writableIn(scopes.organization("o"), "o-2")).toThrow(/does not write in organization o-2/);
    expect(() => writableIn(scopeOf({ ...base, role: "coordinator" }), "o-2")).toThrow();
    expect(() => writableIn(NOBODY, "o")).toThrow();
  });

  it("keeps a person's details for any scope but nobody", () => {
    expect(seesAnyone(scopes.platform())).toBe(true);
    expect(seesAnyone(scopes.own("o", "u"))).toBe(true);
    expect(seesAnyone(NOBODY)).toBe(false);
  });
});
