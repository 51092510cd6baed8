/** What activity learns from finance: whether an activity has live expense claims. */
import type { Emitter } from "@meander/events";
import type { ExpenseRow } from "../db/repositories/expenses.js";

/**
 * The activity's `has_reimbursement` follows finance: published when an
 * activity gets its first claim (true) and when its last live claim is
 * rejected (false). Activity consumes it (aggregate: the activity, so the
 * changes of one activity stay in order).
 */
export async function reimbursementChanged(
  events: Emitter,
  expense: ExpenseRow,
  hasReimbursement: boolean,
  actorId = expense.submittedBy,
): Promise<void> {
  await events.emit({
    type: "finance.activity_reimbursement.changed",
    aggregateId: expense.activityId,
    organizationId: expense.organizationId,
    actorId,
    payload: { activityId: expense.activityId, hasReimbursement },
  });
}
