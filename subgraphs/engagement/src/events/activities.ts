/**
 * Keeps the activity projection from activity's events (idempotent through the
 * consumer) and awards the activity badges when an activity is approved.
 */
import type { ConsumerHandlers } from "@meander/events";
import { awardActivityBadges } from "../application/badges.js";
import { createActivityProjectionRepository } from "../db/repositories/activities.js";

export const activityHandlers: ConsumerHandlers = {
  "activity.activity.registered": async (event, tx, events) => {
    if (!event.organizationId) return; // no tenant, nothing this subgraph can scope
    const p = event.payload;
    const row = await createActivityProjectionRepository(tx, event.organizationId).registered({
      activityId: p.activityId,
      userId: p.userId,
      localAssociationId: p.localAssociationId,
      approved: p.status === "approved",
    });
    if (row.approved) await awardActivityBadges(tx, events, { organizationId: event.organizationId, userId: p.userId }, event.actorId);
  },
  "activity.activity.approved": async (event, tx, events) => {
    if (!event.organizationId) return;
    const row = await createActivityProjectionRepository(tx, event.organizationId).approved(event.payload.activityId);
    if (row.userId) await awardActivityBadges(tx, events, { organizationId: event.organizationId, userId: row.userId }, event.actorId);
  },
};
