/**
 * The invited address (issue 24 item 2). `organization.invitation.created` carries ids only; the e-mail identity
 * needs when the invitee accepts with the token alone travels in `organization.invitation.address_changed` on the
 * compacted topic `meander.organization.invitations`, keyed by the invitation. When the invitation closes (used,
 * revoked, expired) or its person is erased, the address is published as null (the key's last value: compaction
 * drops the earlier one) and organization's own kept outbox rows of the invitation lose it too (the embedded start
 * replays those). README "Personal data in events".
 */
import { scopes } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { intervalWorker } from "@meander/subgraph-kit";
import {
  createInvitationRepository,
  type InvitationRef,
  type InvitationRepository,
} from "../db/repositories/invitations.js";

export async function publishInvitationAddress(
  events: Emitter,
  inv: InvitationRef & { email: string },
  actorId: string | null,
): Promise<void> {
  await events.emit({
    type: "organization.invitation.address_changed",
    aggregateId: inv.id,
    organizationId: inv.organizationId,
    actorId,
    payload: { invitationId: inv.id, email: inv.email },
  });
}

/** The invitation's address leaves every kept log: null on the topic, blanked in organization's outbox. */
export async function forgetInvitationAddress(
  invitations: InvitationRepository,
  events: Emitter,
  inv: InvitationRef,
  actorId: string | null,
): Promise<void> {
  await invitations.forgetAddress(inv.id);
  await events.emit({
    type: "organization.invitation.address_changed",
    aggregateId: inv.id,
    organizationId: inv.organizationId,
    actorId,
    payload: { invitationId: inv.id, email: null },
  });
}

const EXPIRY_BATCH = 200;

/**
 * Expired invitations whose address is still in a kept log (an address event with an e-mail, or a version 1
 * creation event): their address is forgotten, EXPIRY_BATCH per transaction until none is left. Idempotent: a
 * forgotten invitation has no such row any more. Returns how many were forgotten.
 */
export async function forgetExpiredInvitationAddresses(uow: UnitOfWork, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    // A system job over every organization's invitations: the platform scope.
    const n = await uow.run(scopes.platform(), async (tx, events) => {
      const invitations = createInvitationRepository(tx, scopes.platform());
      const rows = await invitations.expiredWithAddress(now, EXPIRY_BATCH);
      for (const r of rows) await forgetInvitationAddress(invitations, events, r, null);
      return rows.length;
    });
    total += n;
    if (n < EXPIRY_BATCH) return total;
  }
}

const HOUR_MS = 60 * 60 * 1000;

/** Runs forgetExpiredInvitationAddresses every hour (the kit's intervalWorker: no overlap, retried sooner on failure). */
export function invitationAddressExpiry(uow: UnitOfWork, onError: (err: unknown) => void, everyMs = HOUR_MS) {
  return intervalWorker({ intervalMs: everyMs, run: (now) => forgetExpiredInvitationAddresses(uow, now), onError });
}
