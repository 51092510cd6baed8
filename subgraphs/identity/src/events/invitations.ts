/**
 * Keeps the projection of invitations from organization's events (idempotent through the consumer), each in the
 * event's organization's scope (an invitation is its organization's row).
 */
import { scopes, type Tx } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createInvitationRepository } from "../db/repositories/invitations.js";
import { normalizeEmail } from "../domain/user.js";

const inOrganization = (tx: Tx, organizationId: string) =>
  createInvitationRepository(tx, scopes.organization(organizationId));

export const invitationHandlers: ConsumerHandlers = {
  "organization.invitation.created": async (event, tx) => {
    const p = event.payload;
    await inOrganization(tx, event.organizationId!).project({
      invitationId: p.invitationId,
      organizationId: event.organizationId!,
      // Version 1 carried the address; version 2 leaves it to organization.invitation.address_changed.
      email: "email" in p && typeof p.email === "string" ? normalizeEmail(p.email) : null,
      localAssociationId: p.localAssociationId,
      role: p.role,
      tokenHash: p.tokenHash,
      expiresAt: new Date(p.expiresAt),
      maxMembershipsPerUser: p.maxMembershipsPerUser ?? null,
    });
  },
  // The invited address (compacted topic): kept while the invitation is open, forgotten on its null.
  "organization.invitation.address_changed": async (event, tx) => {
    const { invitationId, email } = event.payload;
    await inOrganization(tx, event.organizationId!).setAddress(
      invitationId,
      event.organizationId!,
      email === null ? null : normalizeEmail(email),
    );
  },
  "organization.invitation.revoked": async (event, tx) => {
    await inOrganization(tx, event.organizationId!).markRevoked(event.payload.invitationId);
  },
};
