import { describe, expect, it } from "vitest";
import { NOBODY } from "@meander/db/scope";
import { scopeOf, scopeOfCaller, type Viewer } from "./context.js";

const ORG = "0190f0a0-0000-7000-8000-0000000000a1";
const LA = "0190f0a0-0000-7000-8000-0000000000b1";
const viewer = (v: Partial<Viewer>): Viewer => ({
  userId: "0190f0a0-0000-7000-8000-0000000000c1",
  sessionId: "0190f0a0-0000-7000-8000-0000000000d1",
  organizationId: ORG,
  localAssociationId: LA,
  role: "peer_mentor",
  ...v,
});

describe("scopeOf: who sees whose rows, decided once", () => {
  it("gives each role its reach in its organization", () => {
    expect(scopeOf(viewer({ role: "peer_mentor" }))).toMatchObject({ reach: "own", organizationId: ORG });
    expect(scopeOf(viewer({ role: "coordinator" }))).toMatchObject({
      reach: "local_associations",
      organizationId: ORG,
      localAssociationIds: [LA],
    });
    expect(scopeOf(viewer({ role: "org_admin" }))).toMatchObject({ reach: "organization", organizationId: ORG });
    expect(scopeOf(viewer({ role: "global_admin" }))).toMatchObject({ reach: "organization", organizationId: ORG });
  });

  it("gives the platform only to a global administrator outside any organization; any other role sees nothing", () => {
    expect(scopeOf(viewer({ role: "global_admin", organizationId: null, localAssociationId: null }))).toMatchObject({
      reach: "platform",
    });
    for (const role of ["peer_mentor", "coordinator", "org_admin"] as const)
      expect(scopeOf(viewer({ role, organizationId: null, localAssociationId: null }))).toBe(NOBODY);
    expect(scopeOfCaller(null)).toBe(NOBODY);
  });
});
