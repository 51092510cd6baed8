/**
 * Keeping the activity read model: each function runs inside the consumer's
 * transaction (which also records the event id, so redelivery changes nothing)
 * and updates the fact and the local association rollup together.
 */
import type { Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { createActivityCountRepository } from "../db/repositories/activity-counts.js";
import { createActivityFactRepository } from "../db/repositories/activity-facts.js";
import { activityDay, countDelta, decisionSupersedes, isZeroDelta, type Decision } from "../domain/activity-fact.js";

function organizationOf(event: EventEnvelope): string {
  // Thrown, so the consumer retries and then dead-letters it with this reason: never dropped silently.
  if (!event.organizationId) throw new Error(`${event.type} ${event.id} has no organizationId`);
  return event.organizationId;
}

function repositories(tx: Tx, organizationId: string) {
  return {
    facts: createActivityFactRepository(tx, { organizationId }),
    counts: createActivityCountRepository(tx, { organizationId }),
  };
}

export async function recordActivityRegistered(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.activity.registered">>,
): Promise<void> {
  const p = event.payload;
  const { facts, counts } = repositories(tx, organizationOf(event));
  await facts.lock(p.activityId);
  // The same activity registered twice (a republished event under a new id) is counted once.
  if (await facts.byId(p.activityId)) return;
  const registeredAt = new Date(event.occurredAt);
  const early = await facts.takePendingDecision(p.activityId);
  const status = early?.status ?? p.status;
  await facts.insert({
    activityId: p.activityId,
    localAssociationId: p.localAssociationId,
    userId: p.userId,
    activityType: p.activityType,
    activityDay: activityDay(p.activityDate),
    durationMinutes: p.durationMinutes,
    status,
    registeredAt,
    statusChangedAt: early?.decidedAt ?? registeredAt,
  });
  if (p.localAssociationId) await counts.applyDelta(p.localAssociationId, countDelta(null, status));
}

export async function recordActivityDecision(
  tx: Tx,
  event: EventEnvelope<{ activityId: string }>,
  decision: Decision,
): Promise<void> {
  const { activityId } = event.payload;
  const { facts, counts } = repositories(tx, organizationOf(event));
  const decidedAt = new Date(event.occurredAt);
  await facts.lock(activityId);
  const fact = await facts.byId(activityId);
  if (!fact) {
    await facts.savePendingDecision(activityId, decision, decidedAt);
    return;
  }
  if (!decisionSupersedes(fact, { status: decision, decidedAt })) return;
  await facts.setStatus(activityId, decision, decidedAt);
  const delta = countDelta(fact.status, decision);
  if (fact.localAssociationId && !isZeroDelta(delta)) await counts.applyDelta(fact.localAssociationId, delta);
}
