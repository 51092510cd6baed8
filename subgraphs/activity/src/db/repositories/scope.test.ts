/**
 * Who sees which of activity's rows (organization_scope_isolation), by role: @meander/auth's scopeOf gives the scope,
 * @meander/db's `sees` is the one-row form of the `scopedWhere` filters in scope.ts (same columns per table).
 * Replaces the unit tests of the former ActivityVisibility (domain/actor.ts) and gatheringVisibility.
 */
import { describe, expect, it } from "vitest";
import { scopeOf } from "@meander/auth";
import { NOBODY, organizationOf, sees } from "@meander/db";

const base = { userId: "u", organizationId: "o", localAssociationId: "la" };
const mentor = scopeOf({ ...base, role: "peer_mentor" });
const coordinator = scopeOf({ ...base, role: "coordinator" });
const admin = scopeOf({ ...base, role: "org_admin" });
/** An activity or a document: organization, local association and the mentor as owner (activityFilter). */
const activity = (ownerId: string, localAssociationId = "la", organizationId = "o") => ({
  organizationId,
  localAssociationId,
  ownerId,
});
/** A contact or a gathering: organization and local association, no owner (contactFilter, gatheringFilter). */
const contact = (localAssociationId: string, organizationId = "o") => ({ organizationId, localAssociationId });

describe("activity visibility by role", () => {
  it("activities: mentors their own, coordinators their local association's, administrators the organization's", () => {
    expect(sees(mentor, activity("u"))).toBe(true);
    expect(sees(mentor, activity("other"))).toBe(false);
    expect(sees(coordinator, activity("other"))).toBe(true);
    expect(sees(coordinator, activity("other", "la-2"))).toBe(false);
    expect(sees(admin, activity("other", "la-2"))).toBe(true);
    for (const scope of [mentor, coordinator, admin]) expect(sees(scope, activity("u", "la", "o-2"))).toBe(false);
  });

  it("contacts and gatherings: mentors and coordinators their local association's, administrators the organization's", () => {
    for (const scope of [mentor, coordinator]) {
      expect(sees(scope, contact("la"))).toBe(true);
      expect(sees(scope, contact("la-2"))).toBe(false);
    }
    expect(sees(admin, contact("la-2"))).toBe(true);
    expect(sees(admin, contact("la", "o-2"))).toBe(false);
  });

  it("catalog rows (activity types, settings, approvals, status log): the whole organization; nobody sees nothing", () => {
    for (const scope of [mentor, coordinator, admin]) expect(sees(scope, { organizationId: "o" })).toBe(true);
    expect(sees(NOBODY, { organizationId: "o" })).toBe(false);
    expect(sees(organizationOf(mentor), activity("other", "la-2"))).toBe(true);
    expect(sees(organizationOf(mentor), activity("other", "la", "o-2"))).toBe(false);
  });
});
