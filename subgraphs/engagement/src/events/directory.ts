/**
 * What the reminders and notifications need to know about people, learnt from
 * other domains' events: coordinators per local association (organization's
 * memberships: who approves activities there) and e-mail addresses (identity).
 */
import { NOBODY } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { recordReferredStep } from "../application/referrals.js";
import { createNotificationRepository } from "../db/repositories/notifications.js";
import { createReminderRepository } from "../db/repositories/reminders.js";

export const organizationHandlers: ConsumerHandlers = {
  "organization.membership.added": async (event, tx) => {
    const p = event.payload;
    if (!event.organizationId) return;
    await createMembershipRepository(tx).add({ membershipId: p.membershipId, organizationId: event.organizationId, localAssociationId: p.localAssociationId, userId: p.userId, role: p.role });
    if (p.role !== "coordinator") return;
    await createReminderRepository(tx).addCoordinator({
      membershipId: p.membershipId,
      organizationId: event.organizationId,
      localAssociationId: p.localAssociationId,
      userId: p.userId,
    });
  },
  "organization.membership.removed": async (event, tx) => {
    await createReminderRepository(tx).removeMembership(event.payload.membershipId);
    await createMembershipRepository(tx).remove(event.payload.membershipId);
  },
};

export const identityHandlers: ConsumerHandlers = {
  "identity.user.registered": async (event, tx) => {
    await createNotificationRepository(tx, NOBODY).rememberEmail(event.payload.userId, event.payload.email);
  },
  // The referral funnel's registration and first sign-in, from the person's own events (application/referrals.ts).
  "identity.invitation.accepted": async (event, tx) => {
    const p = event.payload;
    if (p.referralCode) await recordReferredStep(tx, { organizationId: event.organizationId, userId: p.userId, step: "registration", code: p.referralCode });
  },
  "identity.session.opened": async (event, tx) => {
    await recordReferredStep(tx, { organizationId: event.organizationId, userId: event.payload.userId, step: "first_login" });
  },
};
