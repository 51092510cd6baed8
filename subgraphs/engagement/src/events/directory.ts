/**
 * What the reminders and notifications need to know about people, learnt from
 * other domains' events: coordinators per local association (organization's
 * memberships: who approves activities there) and e-mail addresses (identity).
 */
import { NOBODY } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
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
};
