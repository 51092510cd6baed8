/**
 * approveActivity / rejectActivity: the state change, the review record
 * (ActivityApproval) and the event, in one transaction. The row is locked, so
 * two reviewers at once cannot both decide.
 */
import { randomUUID } from "node:crypto";
import { badInput, notFound } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createApprovalRepository } from "../db/repositories/approvals.js";
import type { ActivityRow } from "../db/schema/index.js";
import { activityVisibility, type Actor } from "../domain/actor.js";
import { rejectionReasonViolation, reviewRefusal, transitionViolation } from "../domain/workflow.js";
import { forbiddenBy } from "./errors.js";

export function approveActivity(uow: UnitOfWork, actor: Actor, id: string, opts: { now?: Date } = {}): Promise<ActivityRow> {
  return decide(uow, actor, id, "approved", null, opts.now ?? new Date());
}

export function rejectActivity(uow: UnitOfWork, actor: Actor, id: string, reason: string, opts: { now?: Date } = {}): Promise<ActivityRow> {
  const violation = rejectionReasonViolation(reason);
  if (violation) throw badInput(violation.rule, violation.field, violation.message);
  return decide(uow, actor, id, "rejected", reason.trim(), opts.now ?? new Date());
}

async function decide(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  to: "approved" | "rejected",
  reason: string | null,
  now: Date,
): Promise<ActivityRow> {
  const scope = activityVisibility(actor);
  return uow.run(scope, async (tx, events) => {
    const activities = createActivityRepository(tx, scope);
    const current = await activities.lockById(id);
    if (!current) throw notFound("Activity");
    const refusal = reviewRefusal(actor, current);
    if (refusal) throw forbiddenBy("approval_workflow_transition", refusal);
    const violation = transitionViolation(current.status, to);
    if (violation) throw badInput(violation.rule, violation.field, violation.message);

    const updated = await activities.setStatus(id, to, now);
    await createApprovalRepository(tx, scope).insert({
      id: randomUUID(),
      activityId: id,
      organizationId: current.organizationId,
      previousStatus: current.status,
      newStatus: to,
      decidedBy: actor.userId,
      reason,
      decidedAt: now,
    });
    const base = { aggregateId: id, organizationId: current.organizationId, actorId: actor.userId, occurredAt: now };
    if (to === "approved") {
      await events.emit({ ...base, type: "activity.activity.approved", payload: { activityId: id, approvedBy: actor.userId } });
    } else {
      await events.emit({ ...base, type: "activity.activity.rejected", payload: { activityId: id, rejectedBy: actor.userId, reason: reason! } });
    }
    return updated;
  });
}
