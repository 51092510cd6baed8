/**
 * Engagement's rows without an organization (issue 25): a person's copied details are kept for any scope but nobody.
 * Writes in an organization are checked by @meander/db's `writableIn` (tested in packages/db/src/scope.test.ts).
 */
import { describe, expect, it } from "vitest";
import { NOBODY, scopes } from "@meander/db";
import { seesAnyone } from "./scope.js";

describe("engagement repositories: rows without an organization", () => {
  it("keeps a person's details for any scope but nobody", () => {
    expect(seesAnyone(scopes.platform())).toBe(true);
    expect(seesAnyone(scopes.own("o", "u"))).toBe(true);
    expect(seesAnyone(NOBODY)).toBe(false);
  });
});
