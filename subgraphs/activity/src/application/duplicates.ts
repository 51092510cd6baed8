/**
 * duplicate_detection across local associations (issue 20 item 5): what a reviewer may see of a suspected
 * duplicate outside their scope, and their decision on it (resolveDuplicate), recorded in the status log and
 * the audit log in one transaction.
 */
import { badInput, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { auditEvent, type UnitOfWork } from "@meander/events";
import { createActivityRepository, type ActivityRow } from "../db/repositories/activities.js";
import { createStatusChangeRepository } from "../db/repositories/status-changes.js";
import type { Actor } from "../domain/actor.js";
import { duplicateDecisionViolation, reviewRefusal, type DuplicateDecision } from "../domain/workflow.js";
import { forbiddenBy } from "./errors.js";
import { applyDecisions } from "./review.js";

/** The reason a confirmed duplicate is rejected with (the mentor reads it under Activity.approvals). */
export const DUPLICATE_REASON = "Registrert to ganger: avvist som duplikat";

/**
 * DUPLICATE: the activity is rejected (an approval row with DUPLICATE_REASON, activity.activity.rejected, so it
 * counts nowhere). NOT_DUPLICATE: flagged goes back to pending_review, awaiting an ordinary review; a later
 * correction does not raise the same suspicion again. Reviewers only (coordinators of the activity's local
 * association, organization administrators), never on their own activity.
 */
export async function resolveDuplicate(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  decision: DuplicateDecision,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const now = opts.now ?? new Date();
  const scope = scopeOf(actor);
  return uow.run(scope, async (tx, events) => {
    const repo = createActivityRepository(tx, scope);
    const current = await repo.lockById(id);
    if (!current) throw notFound("Activity");
    const refusal = reviewRefusal(actor, current);
    if (refusal) throw forbiddenBy("approval_workflow_transition", refusal);
    const violation = duplicateDecisionViolation(current);
    if (violation) throw badInput(violation.rule, violation.field, violation.message);
    if (decision === "duplicate") {
      const [rejected] = await applyDecisions(tx, events, actor, [current], "rejected", DUPLICATE_REASON, now);
      return repo.update(rejected!, { duplicateDecision: "duplicate" });
    }
    const cleared = await repo.update(current, {
      status: "pending_review",
      duplicateDecision: "not_duplicate",
      updatedAt: now,
    });
    await createStatusChangeRepository(tx, scope).insertMany([
      {
        id: randomUUID(),
        activityId: current.id,
        organizationId: current.organizationId,
        actorId: actor.userId,
        previousStatus: current.status,
        newStatus: "pending_review",
        note: `ikke duplikat av ${current.suspectedDuplicateOf}`,
        changedAt: now,
      },
    ]);
    await events.emit(
      auditEvent("activity", {
        action: "activity.duplicate_cleared",
        actorId: actor.userId,
        actorRole: actor.role,
        organizationId: current.organizationId,
        subject: { type: "Activity", id: current.id },
        fields: [`from:${current.status}`],
        occurredAt: now,
      }),
    );
    return cleared;
  });
}
