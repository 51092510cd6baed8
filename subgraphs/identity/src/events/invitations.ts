/** Keeps the projection of invitations from organization's events (idempotent through the consumer). */
import { and, eq } from "drizzle-orm";
import type { ConsumerHandlers } from "@meander/events";
import { invitationProjection } from "../db/schema/index.js";
import { normalizeEmail } from "../domain/user.js";

export const invitationHandlers: ConsumerHandlers = {
  "organization.invitation.created": async (event, tx) => {
    const p = event.payload;
    await tx
      .insert(invitationProjection)
      .values({
        invitationId: p.invitationId,
        organizationId: event.organizationId!,
        email: normalizeEmail(p.email),
        localAssociationId: p.localAssociationId,
        role: p.role,
        tokenHash: p.tokenHash,
        expiresAt: new Date(p.expiresAt),
        maxMembershipsPerUser: p.maxMembershipsPerUser ?? null,
      })
      .onConflictDoNothing();
  },
  "organization.invitation.revoked": async (event, tx) => {
    await tx
      .update(invitationProjection)
      .set({ status: "revoked" })
      .where(and(eq(invitationProjection.invitationId, event.payload.invitationId), eq(invitationProjection.status, "open")));
  },
};
