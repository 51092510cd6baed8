/** Keeps the membership projection from organization's events (idempotent through the consumer). */
import type { ConsumerHandlers } from "@meander/events";
import { membershipProjection } from "../db/schema/index.js";

export const membershipHandlers: ConsumerHandlers = {
  "organization.membership.added": async (event, tx) => {
    const p = event.payload;
    await tx
      .insert(membershipProjection)
      .values({
        membershipId: p.membershipId,
        userId: p.userId,
        organizationId: event.organizationId!,
        localAssociationId: p.localAssociationId,
        role: p.role,
      })
      .onConflictDoNothing();
  },
};
