/**
 * Status changes (approval_workflow_transition): approve, reject, flag, and
 * submit a draft; one activity or a coordinator's bulk approval. In one
 * transaction: the rows locked (two reviewers at once: one wins, the other
 * sees the new status), the new status, the review decision (ActivityApproval,
 * for approve and reject), the audit entry (audit_trail_on_status_change:
 * actor, time, previous and new status, note) and the event.
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { organizationOf, type Tx } from "@meander/db";
import { auditEvent, type Emitter, type EventType, type NewEvent, type UnitOfWork } from "@meander/events";
import { RuleViolationError, type PublicError, badInput, notFound } from "@meander/validation";
import { createActivityRepository, type ActivityRow } from "../db/repositories/activities.js";
import { createApprovalRepository } from "../db/repositories/approvals.js";
import { createAssignmentRepository } from "../db/repositories/assignments.js";
import { createStatusChangeRepository } from "../db/repositories/status-changes.js";
import type { Actor } from "../domain/actor.js";
import {
  rejectionReasonViolation,
  reviewRefusal,
  transitionViolation,
  type ActivityStatus,
} from "../domain/workflow.js";
import { forbiddenBy } from "./errors.js";

/** At most this many activities per bulk approval. */
export const BULK_APPROVE_MAX = 500;

type Decision = "approved" | "rejected" | "flagged" | "pending_review";

export async function approveActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  return (await decideMany(uow, actor, [id], "approved", null, opts.now ?? new Date()))[0]!;
}

export async function rejectActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  reason: string,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const violation = rejectionReasonViolation(reason);
  if (violation) throw badInput(violation.rule, violation.field, violation.message);
  return (await decideMany(uow, actor, [id], "rejected", reason.trim(), opts.now ?? new Date()))[0]!;
}

/** A reviewer puts an activity aside (pending_review -> flagged) with an optional note. */
export async function flagActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  note: string | null,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  if (note && note.length > 2000) throw badInput("reason_length", "note", "The note may be at most 2000 characters");
  return (await decideMany(uow, actor, [id], "flagged", note?.trim() || null, opts.now ?? new Date()))[0]!;
}

/** The mentor (or the coordinator who registered it for them) submits a draft for review. */
export async function submitActivity(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  return (await decideMany(uow, actor, [id], "pending_review", null, opts.now ?? new Date()))[0]!;
}

/** A coordinator's bulk approval from the review queue: all or nothing, every refused id named. */
export function approveActivities(
  uow: UnitOfWork,
  actor: Actor,
  ids: readonly string[],
  opts: { now?: Date } = {},
): Promise<ActivityRow[]> {
  if (ids.length === 0) throw badInput("required_fields", "ids", "Name at least one activity");
  if (ids.length > BULK_APPROVE_MAX)
    throw badInput("bulk_size", "ids", `At most ${BULK_APPROVE_MAX} activities at once`);
  return decideMany(uow, actor, [...new Set(ids)], "approved", null, opts.now ?? new Date());
}

async function decideMany(
  uow: UnitOfWork,
  actor: Actor,
  ids: readonly string[],
  to: Decision,
  note: string | null,
  now: Date,
): Promise<ActivityRow[]> {
  const scope = scopeOf(actor);
  return uow.run(scope, async (tx, events) => {
    const locked = new Map((await createActivityRepository(tx, scope).lockByIds(ids)).map((a) => [a.id, a]));
    const problems: Array<{ id: string; rule: string; code: string; message: string }> = [];
    for (const id of ids) {
      const current = locked.get(id);
      const refusal = current
        ? refusalOf(actor, current, to)
        : { rule: "not_found", code: "NOT_FOUND", message: "Activity not found" };
      if (refusal) problems.push({ id, ...refusal });
    }
    if (problems.length > 0) {
      if (ids.length === 1) throw singleError(problems[0]!);
      const headline = `${problems.length} activit(y/ies) cannot be ${to}; nothing was changed`;
      throw new RuleViolationError([{ field: "ids", rule: "approval_workflow_transition", message: headline }], {
        details: { rows: problems },
      });
    }
    return applyDecisions(
      tx,
      events,
      actor,
      ids.map((id) => locked.get(id)!),
      to,
      note,
      now,
    );
  });
}

function refusalOf(actor: Actor, current: ActivityRow, to: Decision) {
  if (to === "pending_review") {
    // Submitting a draft is the performer's (or their proxy coordinator's) act, not a review.
    if (current.userId !== actor.userId && current.proxySubmittedBy !== actor.userId) {
      return {
        rule: "approval_workflow_transition",
        code: "FORBIDDEN",
        message: "Only the mentor or the coordinator who registered it submits a draft",
      };
    }
  } else {
    const refusal = reviewRefusal(actor, current);
    if (refusal) return { rule: "approval_workflow_transition", code: "FORBIDDEN", message: refusal };
  }
  const violation = transitionViolation(current.status, to);
  return violation ? { rule: violation.rule, code: "BAD_USER_INPUT", message: violation.message } : null;
}

function singleError(p: { rule: string; code: string; message: string }): PublicError | RuleViolationError {
  if (p.code === "NOT_FOUND") return notFound("Activity");
  if (p.code === "FORBIDDEN") return forbiddenBy(p.rule, p.message);
  return badInput(p.rule, "status", p.message);
}

export async function applyDecisions(
  tx: Tx,
  events: Emitter,
  actor: Actor,
  rows: ActivityRow[],
  to: Decision,
  note: string | null,
  now: Date,
) {
  const scope = scopeOf(actor);
  const updated = await createActivityRepository(tx, scope).setStatusMany(rows, to, now);
  if (to === "approved" || to === "rejected") {
    await createApprovalRepository(tx, scope).insertMany(
      rows.map((current) => ({
        id: randomUUID(),
        activityId: current.id,
        organizationId: current.organizationId,
        previousStatus: current.status,
        newStatus: to,
        decidedBy: actor.userId,
        reason: note,
        decidedAt: now,
      })),
    );
  }
  await createStatusChangeRepository(tx, scope).insertMany(
    rows.map((current) => ({
      id: randomUUID(),
      activityId: current.id,
      organizationId: current.organizationId,
      actorId: actor.userId,
      previousStatus: current.status,
      newStatus: to,
      note,
      changedAt: now,
    })),
  );
  // The assignment behind each approved activity, whoever dispatched it: a lookup in the organization (ids only).
  const links =
    to === "approved"
      ? await createAssignmentRepository(tx, organizationOf(scope)).openLinks(rows)
      : new Map<string, string>();
  const all = rows.map((current) =>
    statusEvent(current, to, actor.userId, note, now, links.get(`${current.userId}/${current.contactId}`) ?? null),
  );
  // Approval decisions in the organization's audit log (the note stays in the status log: no free text in the chain).
  if (to !== "pending_review") {
    all.push(
      ...rows.map((a) =>
        auditEvent("activity", {
          action: `activity.${to}`,
          actorId: actor.userId,
          actorRole: actor.role,
          organizationId: a.organizationId,
          subject: { type: "Activity", id: a.id },
          fields: [`from:${a.status}`],
          occurredAt: now,
        }),
      ),
    );
  }
  await events.emitMany(all);
  return updated;
}

function statusEvent(
  a: ActivityRow,
  to: Decision,
  actorId: string,
  note: string | null,
  now: Date,
  assignmentId: string | null,
): NewEvent<EventType> {
  const base = { aggregateId: a.id, organizationId: a.organizationId, actorId, occurredAt: now };
  switch (to) {
    case "approved":
      return {
        ...base,
        type: "activity.activity.approved",
        payload: { activityId: a.id, approvedBy: actorId, assignmentId, userId: a.userId, contactId: a.contactId },
      };
    case "rejected":
      return { ...base, type: "activity.activity.rejected", payload: { activityId: a.id, rejectedBy: actorId } };
    case "flagged":
      return {
        ...base,
        type: "activity.activity.flagged",
        payload: { activityId: a.id, flaggedBy: actorId, suspectedDuplicateOf: a.suspectedDuplicateOf },
      };
    case "pending_review":
      return { ...base, type: "activity.activity.submitted", payload: { activityId: a.id, submittedBy: actorId } };
  }
}

export type { ActivityStatus };
