/**
 * Keeps the activity projection from activity's events (idempotent through the
 * consumer) and awards the activity badges when an activity is approved.
 */
import { isUuid, scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { awardActivityBadges } from "../application/badges.js";
import { recordReferredStep } from "../application/referrals.js";
import { createActivityProjectionRepository } from "../db/repositories/activities.js";
import { createReminderRepository } from "../db/repositories/reminders.js";

export const activityHandlers: ConsumerHandlers = {
  "activity.activity.registered": async (event, tx, events) => {
    if (!event.organizationId) return; // no tenant, nothing this subgraph can scope
    const p = event.payload;
    const row = await createActivityProjectionRepository(tx, scopes.organization(event.organizationId)).registered({
      activityId: p.activityId,
      userId: p.userId,
      localAssociationId: p.localAssociationId,
      approved: p.status === "approved",
      activityDate: new Date(p.activityDate),
    });
    // The contact the activity was with, when activity's event carries it (an optional field the
    // catalog does not declare yet): the reminder engine learns mentor and contact pairs from it.
    const contactId = (p as { contactId?: unknown }).contactId;
    if (typeof contactId === "string" && isUuid(contactId)) {
      await createReminderRepository(tx, scopes.organization(event.organizationId)).recordContact({
        organizationId: event.organizationId,
        mentorId: p.userId,
        contactId,
        at: new Date(p.activityDate),
      });
    }
    if (row.approved)
      await awardActivityBadges(
        tx,
        events,
        { organizationId: event.organizationId, userId: p.userId },
        event.actorId,
        new Date(),
      );
    await recordReferredStep(tx, {
      organizationId: event.organizationId,
      userId: p.userId,
      step: "activation",
      occurredAt: new Date(event.occurredAt),
    }); // a referred person's first activity
  },
  "activity.activity.approved": async (event, tx, events) => {
    if (!event.organizationId) return;
    const row = await createActivityProjectionRepository(tx, scopes.organization(event.organizationId)).approved(
      event.payload.activityId,
    );
    if (row.userId)
      await awardActivityBadges(
        tx,
        events,
        { organizationId: event.organizationId, userId: row.userId },
        event.actorId,
        new Date(),
      );
  },
  "activity.activity.rejected": async (event, tx) => {
    if (!event.organizationId) return;
    await createActivityProjectionRepository(tx, scopes.organization(event.organizationId)).rejected(
      event.payload.activityId,
    );
  },
  // A withdrawn activity (issue 20) no longer waits for approval either, and is never approved.
  "activity.activity.withdrawn": async (event, tx) => {
    if (!event.organizationId) return;
    await createActivityProjectionRepository(tx, scopes.organization(event.organizationId)).rejected(
      event.payload.activityId,
    );
  },
};
