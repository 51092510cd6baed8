/**
 * Correcting and withdrawing an undecided activity (issue 20): its mentor, or a coordinator of its local
 * association (recorded as theirs). One transaction each: the row locked, the rules, the change, the status log
 * entry, the event and the audit entry. An update goes through the registration's own validation
 * (prepareRegistrations) and duplicate detection (flagSuspects).
 */
import { badInput, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import type { Tx } from "@meander/db";
import { auditEvent, type NewEvent, type UnitOfWork } from "@meander/events";
import { createActivityRepository, type ActivityRow } from "../db/repositories/activities.js";
import { createStatusChangeRepository } from "../db/repositories/status-changes.js";
import type { Actor } from "../domain/actor.js";
import { changedFields, correctionDraft, type ActivityPatch, type CorrectableField } from "../domain/correction.js";
import { correctionViolation, REASON_MAX, type ActivityStatus } from "../domain/workflow.js";
import { registrationRefusal } from "./register.js";
import { flagSuspects, prepareRegistrations } from "./registration.js";

/** Locks a visible activity the caller may still correct (NOT_FOUND outside the scope: no existence leak). */
async function lockCorrectable(tx: Tx, actor: Actor, id: string): Promise<ActivityRow> {
  const current = await createActivityRepository(tx, scopeOf(actor)).lockById(id);
  if (!current) throw notFound("Activity");
  const violation = correctionViolation(current.status);
  if (violation) throw badInput(violation.rule, violation.field, violation.message);
  return current;
}

const fieldsOf = (
  a: Pick<
    ActivityRow,
    | "activityType"
    | "activityDate"
    | "durationMinutes"
    | "title"
    | "description"
    | "location"
    | "contactId"
    | "participantCount"
    | "country"
    | "metadata"
  >,
) => ({
  activityType: a.activityType,
  activityDate: a.activityDate,
  durationMinutes: a.durationMinutes,
  title: a.title,
  description: a.description,
  location: a.location,
  contactId: a.contactId,
  participantCount: a.participantCount ?? 1,
  country: a.country,
  metadata: a.metadata,
});

export async function updateActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  patch: ActivityPatch,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const current = await lockCorrectable(tx, actor, id);
    const prep = await prepareRegistrations(
      tx,
      actor,
      [{ ...correctionDraft(current, patch, actor.userId), id: current.id }],
      { now, bulkBatchId: current.bulkBatchId },
    );
    if (prep.violations.length > 0) throw registrationRefusal(prep.violations);
    const next = prep.rows[0]!.row;
    // The activity stays where and whose it was: the registration pipeline would take the caller's.
    Object.assign(next, {
      localAssociationId: current.localAssociationId,
      userId: current.userId,
      isProxyRegistration: current.isProxyRegistration,
      proxySubmittedBy: current.proxySubmittedBy,
    });
    await flagSuspects(tx, actor, prep, { exclude: current.id });
    // A suspicion a reviewer already cleared (resolveDuplicate NOT_DUPLICATE) is not raised again for the same activity.
    const cleared =
      current.duplicateDecision === "not_duplicate" && next.suspectedDuplicateOf === current.suspectedDuplicateOf;
    const status: ActivityStatus = cleared ? "pending_review" : (next.status as ActivityStatus);
    const suspectedDuplicateOf = next.suspectedDuplicateOf ?? null;
    const changed = changedFields(fieldsOf(current), fieldsOf(next as ActivityRow));
    if (changed.length === 0 && status === current.status && suspectedDuplicateOf === current.suspectedDuplicateOf)
      return current;
    const updated = await createActivityRepository(tx, scopeOf(actor)).update(current, {
      ...fieldsOf(next as ActivityRow),
      participantCount: next.participantCount,
      bufdirCountable: next.bufdirCountable,
      bufdirReason: next.bufdirReason,
      status,
      suspectedDuplicateOf,
      duplicateDecision: suspectedDuplicateOf === current.suspectedDuplicateOf ? current.duplicateDecision : null,
      updatedAt: now,
    });
    const note = [
      `endret: ${changed.join(", ") || "ingen felt"}`,
      suspectedDuplicateOf && suspectedDuplicateOf !== current.suspectedDuplicateOf
        ? `mulig duplikat av ${suspectedDuplicateOf}`
        : null,
    ]
      .filter(Boolean)
      .join("; ");
    await log(tx, actor, current, status, note, now);
    await events.emitMany([
      updatedEvent(updated, actor.userId, changed, now),
      audit(actor, updated, "activity.updated", changed, now),
    ]);
    return updated;
  });
}

export async function withdrawActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  reason: string | null,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const now = opts.now ?? new Date();
  const note = reason?.trim() || null;
  if (note && note.length > REASON_MAX)
    throw badInput("reason_length", "reason", `Begrunnelsen kan være høyst ${REASON_MAX} tegn`);
  return uow.run(scopeOf(actor), async (tx, events) => {
    const current = await lockCorrectable(tx, actor, id);
    const updated = await createActivityRepository(tx, scopeOf(actor)).setStatus(current, "withdrawn", now);
    await log(tx, actor, current, "withdrawn", note, now);
    const withdrawn: NewEvent<"activity.activity.withdrawn"> = {
      type: "activity.activity.withdrawn",
      aggregateId: current.id,
      organizationId: current.organizationId,
      actorId: actor.userId,
      occurredAt: now,
      payload: {
        activityId: current.id,
        withdrawnBy: actor.userId,
        userId: current.userId,
        previousStatus: current.status,
      },
    };
    await events.emitMany([withdrawn, audit(actor, current, "activity.withdrawn", [`from:${current.status}`], now)]);
    return updated;
  });
}

async function log(
  tx: Tx,
  actor: Actor,
  current: ActivityRow,
  to: ActivityStatus,
  note: string | null,
  now: Date,
): Promise<void> {
  await createStatusChangeRepository(tx, scopeOf(actor)).insertMany([
    {
      id: randomUUID(),
      activityId: current.id,
      organizationId: current.organizationId,
      actorId: actor.userId,
      previousStatus: current.status,
      newStatus: to,
      note,
      changedAt: now,
    },
  ]);
}

function audit(actor: Actor, a: ActivityRow, action: string, fields: readonly string[], now: Date) {
  return auditEvent("activity", {
    action,
    actorId: actor.userId,
    actorRole: actor.role,
    organizationId: a.organizationId,
    subject: { type: "Activity", id: a.id },
    fields,
    occurredAt: now,
  });
}

function updatedEvent(
  a: ActivityRow,
  actorId: string,
  changed: readonly CorrectableField[],
  now: Date,
): NewEvent<"activity.activity.updated"> {
  return {
    type: "activity.activity.updated",
    aggregateId: a.id,
    organizationId: a.organizationId,
    actorId,
    occurredAt: now,
    payload: {
      activityId: a.id,
      updatedBy: actorId,
      changedFields: [...changed],
      userId: a.userId,
      localAssociationId: a.localAssociationId,
      activityType: a.activityType,
      activityDate: a.activityDate.toISOString(),
      durationMinutes: a.durationMinutes,
      status: a.status,
      contactId: a.contactId,
      suspectedDuplicateOf: a.suspectedDuplicateOf,
      bufdirCountable: a.bufdirCountable,
      bufdirReason: a.bufdirReason,
      participantCount: a.participantCount ?? 1,
      country: a.country,
    },
  };
}
