/** Keeps the membership projection from organization's events (idempotent through the consumer). */
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
    });
  },
};
