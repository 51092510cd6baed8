/** Keeps the projection of invitations from organization's events (idempotent through the consumer). */
import { and, eq } from "drizzle-orm";
import type { ConsumerHandlers } from "@meander/events";
import { invitationAddresses, invitationProjection } from "../db/schema/index.js";
import { normalizeEmail } from "../domain/user.js";

export const invitationHandlers: ConsumerHandlers = {
  "organization.invitation.created": async (event, tx) => {
    const p = event.payload;
    await tx
      .insert(invitationProjection)
      .values({
        invitationId: p.invitationId,
        organizationId: event.organizationId!,
        // Version 1 carried the address; version 2 leaves it to organization.invitation.address_changed.
        email: "email" in p && typeof p.email === "string" ? normalizeEmail(p.email) : null,
        localAssociationId: p.localAssociationId,
        role: p.role,
        tokenHash: p.tokenHash,
        expiresAt: new Date(p.expiresAt),
        maxMembershipsPerUser: p.maxMembershipsPerUser ?? null,
      })
      .onConflictDoNothing();
  },
  // The invited address (compacted topic): kept while the invitation is open, forgotten on its null.
  "organization.invitation.address_changed": async (event, tx) => {
    const { invitationId, email } = event.payload;
    if (email === null) {
      await tx.delete(invitationAddresses).where(eq(invitationAddresses.invitationId, invitationId));
      await tx
        .update(invitationProjection)
        .set({ email: null })
        .where(eq(invitationProjection.invitationId, invitationId));
      return;
    }
    await tx
      .insert(invitationAddresses)
      .values({ invitationId, organizationId: event.organizationId!, email: normalizeEmail(email) })
      .onConflictDoUpdate({ target: invitationAddresses.invitationId, set: { email: normalizeEmail(email) } });
  },
  "organization.invitation.revoked": async (event, tx) => {
    await tx
      .update(invitationProjection)
      .set({ status: "revoked" })
      .where(
        and(eq(invitationProjection.invitationId, event.payload.invitationId), eq(invitationProjection.status, "open")),
      );
  },
};
