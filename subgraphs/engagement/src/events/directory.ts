/**
 * What the reminders and notifications need to know about people, learnt from
 * other domains' events: coordinators per local association (organization's
 * memberships: who approves activities there), local associations' names and
 * the organization's terminology (organization), and each person's e-mail,
 * phone, name and language (identity). The inviter of a refused invitation is told.
 */
import { scopes } from "@meander/db";
import { erasureHandlers, terminologyHandlers, type ConsumerHandlers } from "@meander/events";
import { notify } from "../application/notify.js";
import { createDirectoryRepository } from "../db/repositories/directory.js";
import { organizationTerminology } from "../db/schema/index.js";
import { invitationRefusedText } from "../domain/notification-texts.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { recordReferredStep } from "../application/referrals.js";
import { createNotificationRepository } from "../db/repositories/notifications.js";
import { createReminderRepository } from "../db/repositories/reminders.js";
import { eraseFromEngagement } from "../application/privacy/erasure.js";

export const organizationHandlers: ConsumerHandlers = {
  ...terminologyHandlers(organizationTerminology),
  "organization.local_association.created": async (event, tx) => {
    if (!event.organizationId) return;
    await createDirectoryRepository(tx, scopes.organization(event.organizationId)).rememberLocalAssociation({
      localAssociationId: event.payload.localAssociationId,
      organizationId: event.organizationId,
      name: event.payload.name,
    });
  },
  // An acceptance of the inviter's invitation was refused: they are told where, who and why (in words).
  "organization.invitation.refused": async (event, tx) => {
    const p = event.payload;
    if (!event.organizationId || !p.invitedBy) return;
    const [names, invitee] = [
      await createDirectoryRepository(tx, scopes.organization(event.organizationId)).localAssociationNames([
        p.localAssociationId,
      ]),
      await createNotificationRepository(tx, scopes.organization(event.organizationId)).personOf(p.userId),
    ];
    const text = invitationRefusedText(names.get(p.localAssociationId) ?? null, invitee?.displayName ?? null, p.rule);
    await notify(
      tx,
      {
        organizationId: event.organizationId,
        userId: p.invitedBy,
        category: "invitation_refused",
        text,
        data: { invitationId: p.invitationId, localAssociationId: p.localAssociationId, userId: p.userId },
      },
      new Date(event.occurredAt),
    );
  },
  "organization.membership.added": async (event, tx) => {
    const p = event.payload;
    if (!event.organizationId) return;
    await createMembershipRepository(tx, scopes.organization(event.organizationId)).add({
      membershipId: p.membershipId,
      organizationId: event.organizationId,
      localAssociationId: p.localAssociationId,
      userId: p.userId,
      role: p.role,
    });
    if (p.role !== "coordinator") return;
    await createReminderRepository(tx, scopes.organization(event.organizationId)).addCoordinator({
      membershipId: p.membershipId,
      organizationId: event.organizationId,
      localAssociationId: p.localAssociationId,
      userId: p.userId,
    });
  },
  "organization.membership.removed": async (event, tx) => {
    // A removal without an organization (none is expected) still removes the membership wherever it is.
    const scope = event.organizationId ? scopes.organization(event.organizationId) : scopes.platform();
    await createReminderRepository(tx, scope).removeMembership(event.payload.membershipId);
    await createMembershipRepository(tx, scope).remove(event.payload.membershipId);
  },
};

/** What identity tells of a person belongs to no organization: its consumer reaches every person (the platform). */
export const identityHandlers: ConsumerHandlers = {
  "identity.user.registered": async (event, tx) => {
    const p = event.payload;
    await createNotificationRepository(tx, scopes.platform()).rememberPerson(p.userId, {
      language: p.preferredLanguage,
    });
  },
  // Where to reach a person (the compacted profiles topic); a null profile: erased, forget them (issue 24).
  "identity.profile.changed": async (event, tx) => {
    const { userId, profile } = event.payload;
    const people = createNotificationRepository(tx, scopes.platform());
    await (profile
      ? people.rememberPerson(userId, {
          email: profile.email,
          displayName: profile.displayName,
          phone: profile.phone ?? undefined,
        })
      : people.forgetPerson(userId));
  },
  "identity.user.language_changed": async (event, tx) => {
    await createNotificationRepository(tx, scopes.platform()).rememberPerson(event.payload.userId, {
      language: event.payload.language,
    });
  },
  // The referral funnel's registration and first sign-in, from the person's own events (application/referrals.ts).
  "identity.invitation.accepted": async (event, tx) => {
    const p = event.payload;
    if (p.referralCode)
      await recordReferredStep(tx, {
        organizationId: event.organizationId,
        userId: p.userId,
        step: "registration",
        code: p.referralCode,
        occurredAt: new Date(event.occurredAt),
      });
  },
  "identity.session.opened": async (event, tx) => {
    await recordReferredStep(tx, {
      organizationId: event.organizationId,
      userId: event.payload.userId,
      step: "first_login",
      occurredAt: new Date(event.occurredAt),
    });
  },
};

/**
 * engagement's part of an erasure: notifications to or about the person and their deliveries, and a user's push
 * devices, address, phone and name copied for deliveries are removed (application/privacy/erasure.ts).
 */
export const privacyHandlers: ConsumerHandlers = erasureHandlers("engagement", async (subject, tx) => {
  await eraseFromEngagement(tx, subject);
});
