/**
 * Keeps the activity projection from activity's events (idempotent through the
 * consumer) and awards the activity badges when an activity is approved.
 */
import type { Tx } from "@meander/db";
import { recordEvent, type ConsumerHandlers, type Emitter } from "@meander/events";
import { awardActivityBadges } from "../application/badges.js";
import { createActivityProjectionRepository } from "../db/repositories/activities.js";
import { eventStore } from "../db/schema/index.js";

/** `afterWrite` is called when a handler wrote outbox events (to poke the relay once the transaction commits). */
export function activityHandlers(afterWrite: () => void = () => {}): ConsumerHandlers {
  const emitter = (tx: Tx): Emitter => ({
    async emit(event) {
      await recordEvent(tx, eventStore, event);
      // The consumer commits right after the handler; the relay's poll is the fallback if it looks too early.
      setImmediate(afterWrite);
    },
  });

  return {
    "activity.activity.registered": async (event, tx) => {
      if (!event.organizationId) return; // no tenant, nothing this subgraph can scope
      const p = event.payload;
      const row = await createActivityProjectionRepository(tx, event.organizationId).registered({
        activityId: p.activityId,
        userId: p.userId,
        localAssociationId: p.localAssociationId,
        approved: p.status === "approved",
      });
      if (row.approved) await awardActivityBadges(tx, emitter(tx), { organizationId: event.organizationId, userId: p.userId }, event.actorId);
    },
    "activity.activity.approved": async (event, tx) => {
      if (!event.organizationId) return;
      const row = await createActivityProjectionRepository(tx, event.organizationId).approved(event.payload.activityId);
      if (row.userId) await awardActivityBadges(tx, emitter(tx), { organizationId: event.organizationId, userId: row.userId }, event.actorId);
    },
  };
}
