/**
 * Keeping the activity read model: each function runs inside the consumer's
 * transaction (which also records the event id, so redelivery changes nothing)
 * and updates the fact, the local association counts and the Bufdir rollup together.
 */
import { scopes, type Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { createActivityCountRepository } from "../db/repositories/activity-counts.js";
import { createActivityFactRepository } from "../db/repositories/activity-facts.js";
import { createBufdirRollupRepository } from "../db/repositories/bufdir-rollups.js";
import { countDelta, decisionSupersedes, isZeroDelta, statusBucket, type Decision } from "../domain/activity-fact.js";
import {
  DEFAULT_TYPE_CATEGORIES,
  activityDays,
  classifyActivity,
  minMinutesPerDay,
  rollupSign,
} from "../domain/bufdir.js";

export function organizationOf(event: EventEnvelope): string {
  // Thrown, so the consumer retries and then dead-letters it with this reason: never dropped silently.
  if (!event.organizationId) throw new Error(`${event.type} ${event.id} has no organizationId`);
  return event.organizationId;
}

function repositories(tx: Tx, organizationId: string) {
  return {
    facts: createActivityFactRepository(tx, scopes.organization(organizationId)),
    counts: createActivityCountRepository(tx, scopes.organization(organizationId)),
    // A fact's rollup rows are its organization's, but its mentor's eligibility is the person's in every one.
    rollup: createBufdirRollupRepository(tx, scopes.platform()),
  };
}

export async function recordActivityRegistered(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.activity.registered">>,
): Promise<void> {
  const p = event.payload;
  const organizationId = organizationOf(event);
  const { facts, counts, rollup } = repositories(tx, organizationId);
  await facts.lock(p.activityId);
  // The same activity registered twice (a republished event under a new id) is counted once.
  if (await facts.byId(p.activityId)) return;
  const registeredAt = new Date(event.occurredAt);
  const early = await facts.takePendingDecision(p.activityId);
  const status = early?.status ?? p.status;
  const fact = {
    activityId: p.activityId,
    localAssociationId: p.localAssociationId,
    userId: p.userId,
    ...(await factValues(tx, organizationId, p)),
    status,
    registeredAt,
    statusChangedAt: early?.decidedAt ?? registeredAt,
  };
  await facts.insert(fact);
  if (p.localAssociationId) await counts.applyDelta(p.localAssociationId, countDelta(null, status));
  await rollup.apply({ ...fact, organizationId }, rollupSign(null, fact));
}

/** What a fact keeps of an activity's state (registered or corrected): its classification and its days. */
async function factValues(tx: Tx, organizationId: string, p: PayloadOf<"activity.activity.registered">) {
  // Optional fields (older events have none): activity's own Bufdir classification wins when present.
  const participants = p.participantCount ?? null;
  const thresholds = await createBufdirRollupRepository(tx, scopes.organization(organizationId)).thresholds();
  const { countable, reason } = classifyActivity(
    {
      activityType: p.activityType,
      durationMinutes: p.durationMinutes,
      participantCount: participants,
      country: p.country ?? null,
      declared:
        p.bufdirCountable === undefined ? null : { countable: p.bufdirCountable, reason: p.bufdirReason ?? null },
    },
    thresholds,
  );
  // The midnight rule (README): the calendar days on which the category's minimum falls, consecutive by nature.
  const days = activityDays(
    p.activityDate,
    p.durationMinutes,
    minMinutesPerDay(DEFAULT_TYPE_CATEGORIES[p.activityType], thresholds),
  );
  return {
    activityType: p.activityType,
    activityDay: days[0]!,
    dayCount: days.length,
    durationMinutes: p.durationMinutes,
    countable,
    notCountableReason: reason,
    participants,
    contactId: p.contactId ?? null,
  };
}

/**
 * A correction (issue 20): an undecided activity's fact takes its new state; the status stays undecided, so
 * the counts and the Bufdir rollup (approved facts only) do not move. A correction of a fact already decided
 * or withdrawn (activity refuses those; a stale redelivery) changes nothing; one of an activity not yet known
 * registers it from the corrected state (the older registration is then ignored as a republish).
 */
export async function recordActivityUpdated(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.activity.updated">>,
): Promise<void> {
  const p = event.payload;
  const organizationId = organizationOf(event);
  const { facts } = repositories(tx, organizationId);
  await facts.lock(p.activityId);
  const fact = await facts.byId(p.activityId);
  if (!fact)
    return recordActivityRegistered(tx, event as unknown as EventEnvelope<PayloadOf<"activity.activity.registered">>);
  if (statusBucket(fact.status) !== "pending") return;
  await facts.update(p.activityId, {
    ...(await factValues(tx, organizationId, p)),
    status: p.status,
    statusChangedAt: new Date(event.occurredAt),
  });
}

/**
 * A withdrawal (issue 20): the fact stays with status withdrawn and leaves every count (registered included);
 * one that arrives before its registration is kept like an early decision.
 */
export async function recordActivityWithdrawn(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.activity.withdrawn">>,
): Promise<void> {
  const { activityId } = event.payload;
  const organizationId = organizationOf(event);
  const { facts, counts, rollup } = repositories(tx, organizationId);
  const at = new Date(event.occurredAt);
  await facts.lock(activityId);
  const fact = await facts.byId(activityId);
  if (!fact) return facts.savePendingDecision(activityId, "withdrawn", at);
  if (statusBucket(fact.status) !== "pending") return;
  await facts.setStatus(activityId, "withdrawn", at);
  if (fact.localAssociationId) await counts.applyDelta(fact.localAssociationId, countDelta(fact.status, "withdrawn"));
  await rollup.apply(fact, rollupSign(fact, { status: "withdrawn", countable: fact.countable }));
}

export async function recordActivityDecision(
  tx: Tx,
  event: EventEnvelope<{ activityId: string }>,
  decision: Decision,
): Promise<void> {
  const { activityId } = event.payload;
  const organizationId = organizationOf(event);
  const { facts, counts, rollup } = repositories(tx, organizationId);
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
  await rollup.apply(fact, rollupSign(fact, { status: decision, countable: fact.countable }));
}
