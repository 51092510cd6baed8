/** Keeps the activity projection from activity's events (idempotent through the consumer and the upsert). */
import type { ConsumerHandlers } from "@meander/events";
import { createActivityRepository } from "../db/repositories/activities.js";

export const activityHandlers: ConsumerHandlers = {
  "activity.activity.registered": async (event, tx) => {
    const p = event.payload;
    // An activity always belongs to an organization; an envelope without one is refused (dead-lettered after retries), never dropped.
    if (!event.organizationId) throw new Error(`activity ${p.activityId} registered without an organization`);
    await createActivityRepository(tx, { organizationId: event.organizationId }).record({
      activityId: p.activityId,
      organizationId: event.organizationId,
      localAssociationId: p.localAssociationId,
      userId: p.userId,
      activityType: p.activityType,
      activityDate: new Date(p.activityDate),
    });
  },
};
