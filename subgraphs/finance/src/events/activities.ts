/** Keeps the activity projection from activity's events (idempotent through the consumer and the upsert). */
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { recordHonorariumProgress } from "../application/honorarium.js";
import { createActivityRepository } from "../db/repositories/activities.js";

export const activityHandlers: ConsumerHandlers = {
  "activity.activity.registered": async (event, tx) => {
    const p = event.payload;
    // An activity always belongs to an organization; an envelope without one is refused (dead-lettered after retries), never dropped.
    if (!event.organizationId) throw new Error(`activity ${p.activityId} registered without an organization`);
    await createActivityRepository(tx, scopes.organization(event.organizationId)).record({
      activityId: p.activityId,
      organizationId: event.organizationId,
      localAssociationId: p.localAssociationId,
      userId: p.userId,
      activityType: p.activityType,
      activityDate: new Date(p.activityDate),
      contactId: p.contactId ?? null,
    });
  },
  "activity.activity.approved": async (event, tx, events) => {
    if (!event.organizationId) throw new Error(`activity ${event.payload.activityId} approved without an organization`);
    // One aggregate's events keep their order (same key, same partition), so the registration came first;
    // if it is missing, fail loudly: the consumer retries, then dead-letters with this reason.
    const known = await createActivityRepository(tx, scopes.organization(event.organizationId)).approve(
      event.payload.activityId,
      new Date(event.occurredAt),
      event.payload.assignmentId ?? null,
    );
    if (!known) throw new Error(`approved activity ${event.payload.activityId} is not in the projection`);
    await recordHonorariumProgress(tx, events, event.organizationId, event.payload.activityId);
  },
};
