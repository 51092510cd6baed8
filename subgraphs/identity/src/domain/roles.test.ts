import { describe, expect, it } from "vitest";
import { CATALOG_COVERS_ROLES, productAllowed, ROLE_CATALOG } from "./roles.js";

describe("role catalog", () => {
  it("lists the four roles of the token, each once", () => {
    expect(ROLE_CATALOG.map((r) => r.key)).toEqual(["peer_mentor", "coordinator", "org_admin", "global_admin"]);
    expect(CATALOG_COVERS_ROLES()).toBe(true);
  });

  it.each([
    ["peer_mentor", "mobile_app", true],
    ["peer_mentor", "admin_web", false],
    ["coordinator", "mobile_app", true],
    ["coordinator", "admin_web", true],
    ["org_admin", "admin_web", true],
    ["org_admin", "mobile_app", true],
    ["global_admin", "admin_web", true],
    ["global_admin", "mobile_app", false],
    ["stranger", "mobile_app", false],
  ] as const)("%s on %s: %s", (role, product, allowed) => {
    expect(productAllowed(role, product)).toBe(allowed);
  });
});
