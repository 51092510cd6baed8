/**
 * Keeps the membership projection from organization's events (idempotent through the consumer). A membership is
 * its organization's row: added and removed in the event's organization's scope; a user's one primary membership
 * spans every organization they belong to, so the primary change runs in the platform scope.
 */
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";

export const membershipHandlers: ConsumerHandlers = {
  "organization.membership.added": async (event, tx) => {
    const p = event.payload;
    await createMembershipRepository(tx, scopes.organization(event.organizationId!)).add({
      membershipId: p.membershipId,
      userId: p.userId,
      organizationId: event.organizationId!,
      localAssociationId: p.localAssociationId,
      role: p.role,
      isPrimary: p.isPrimary,
    });
  },
  // A session acting in a removed membership moves to another one at its next refresh (application/sessions.ts).
  // One primary per user: the named membership becomes primary, the user's others stop being it.
  "organization.membership.primary_changed": async (event, tx) => {
    const p = event.payload;
    await createMembershipRepository(tx, scopes.platform()).setPrimary(p.userId, p.membershipId);
  },
  "organization.membership.removed": async (event, tx) => {
    const p = event.payload;
    await createMembershipRepository(tx, scopes.organization(event.organizationId!)).remove(p.membershipId, p.userId);
  },
};
