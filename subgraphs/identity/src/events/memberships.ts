/** Keeps the membership projection from organization's events (idempotent through the consumer). */
import { and, eq, sql } from "drizzle-orm";
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
        isPrimary: p.isPrimary,
      })
      .onConflictDoNothing();
  },
  // A session acting in a removed membership moves to another one at its next refresh (application/sessions.ts).
  // One primary per user: the named membership becomes primary, the user's others stop being it.
  "organization.membership.primary_changed": async (event, tx) => {
    const p = event.payload;
    await tx
      .update(membershipProjection)
      .set({ isPrimary: sql`${membershipProjection.membershipId} = ${p.membershipId}` })
      .where(eq(membershipProjection.userId, p.userId));
  },
  "organization.membership.removed": async (event, tx) => {
    const p = event.payload;
    await tx
      .delete(membershipProjection)
      .where(and(eq(membershipProjection.membershipId, p.membershipId), eq(membershipProjection.userId, p.userId)));
  },
};
