import { describe, expect, it } from "vitest";
import { decideMembership, type MembershipRequest } from "./membership.js";

const base: MembershipRequest = {
  existing: [],
  target: { organizationId: "org-a", localAssociationId: "la-1", isActive: true },
  role: "peer_mentor",
  wantsPrimary: false,
  maxPerUser: 3,
  actorRole: "org_admin",
};
const member = (localAssociationId: string, isPrimary = false, organizationId = "org-a") => ({
  organizationId,
  localAssociationId,
  isPrimary,
});

describe("membership rules", () => {
  it("makes a user's first membership primary, whatever was asked", () => {
    expect(decideMembership(base)).toEqual({ ok: true, isPrimary: true, unsetPreviousPrimary: false });
  });

  it("keeps the previous primary unless a new primary is asked for (primary_membership)", () => {
    const existing = [member("la-2", true)];
    expect(decideMembership({ ...base, existing })).toEqual({
      ok: true,
      isPrimary: false,
      unsetPreviousPrimary: false,
    });
    expect(decideMembership({ ...base, existing, wantsPrimary: true })).toEqual({
      ok: true,
      isPrimary: true,
      unsetPreviousPrimary: true,
    });
  });

  it("refuses a second membership of the same unit as a conflict (membership_unique)", () => {
    expect(decideMembership({ ...base, existing: [member("la-1", true)] })).toMatchObject({
      ok: false,
      kind: "conflict",
      violation: { rule: "membership_unique", field: "localAssociationId" },
    });
  });

  it("keeps memberships in one organization's tree (single_organization_tree)", () => {
    expect(decideMembership({ ...base, existing: [member("la-9", true, "org-b")] })).toMatchObject({
      ok: false,
      kind: "bad_input",
      violation: { rule: "single_organization_tree" },
    });
  });

  it("stops at the organization's maximum (membership_limit)", () => {
    const existing = [member("la-2", true), member("la-3"), member("la-4")];
    expect(decideMembership({ ...base, existing })).toMatchObject({
      ok: false,
      violation: { rule: "membership_limit", field: "userId" },
    });
    expect(decideMembership({ ...base, existing, maxPerUser: 5 })).toMatchObject({ ok: true });
  });

  it("refuses inactive units and global_admin grants by others", () => {
    expect(decideMembership({ ...base, target: { ...base.target, isActive: false } })).toMatchObject({
      ok: false,
      violation: { rule: "active_local_association" },
    });
    expect(decideMembership({ ...base, role: "global_admin" })).toMatchObject({
      ok: false,
      kind: "forbidden",
      violation: { rule: "role_grant" },
    });
    expect(decideMembership({ ...base, role: "global_admin", actorRole: "global_admin" })).toMatchObject({ ok: true });
  });
});
