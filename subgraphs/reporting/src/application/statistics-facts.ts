/**
 * Projections for statistics and Wrapped from finance's and engagement's events
 * (inside the consumer's transaction, idempotent by state as well as by event id),
 * each in its event's organization.
 */
import { scopes, type Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { createStatisticsFactRepository } from "../db/repositories/statistics-facts.js";
import { activityDay } from "../domain/activity-fact.js";
import { organizationOf } from "./activity-facts.js";

const factsOf = (tx: Tx, event: EventEnvelope) =>
  createStatisticsFactRepository(tx, scopes.organization(organizationOf(event)));

/** A submission sets the claim's day (and creates the row if no decision came first); it never undoes a decision. */
export async function recordExpenseSubmitted(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.expense.submitted">>,
): Promise<void> {
  const p = event.payload;
  await factsOf(tx, event).expenseSubmitted({
    expenseId: p.expenseId,
    userId: p.userId,
    activityId: p.activityId,
    amountOre: p.amountOre,
    status: "submitted",
    submittedDay: activityDay(event.occurredAt),
    statusAt: new Date(event.occurredAt),
  });
}

/** A decision: the newest by occurredAt wins; one arriving before its submission creates the row (its day until the submission tells). */
export async function recordExpenseDecision(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.expense.approved"> | PayloadOf<"finance.expense.rejected">>,
  status: "approved" | "rejected",
): Promise<void> {
  const p = event.payload;
  await factsOf(tx, event).expenseDecided({
    expenseId: p.expenseId,
    userId: p.userId,
    activityId: p.activityId,
    amountOre: p.amountOre,
    status,
    submittedDay: activityDay(event.occurredAt),
    statusAt: new Date(event.occurredAt),
  });
}

export async function recordReimbursementPaid(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.reimbursement.paid">>,
): Promise<void> {
  const p = event.payload;
  await factsOf(tx, event).reimbursementPaid({
    reimbursementId: p.reimbursementId,
    userId: p.userId,
    totalOre: p.totalOre,
    paidDay: activityDay(p.paidAt),
  });
}

export async function recordBadgeAwarded(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"engagement.badge.awarded">>,
): Promise<void> {
  const p = event.payload;
  await factsOf(tx, event).badgeAwarded({
    userBadgeId: p.userBadgeId,
    userId: p.userId,
    badgeKey: p.badgeKey,
    badgeName: p.badgeName ?? null,
    awardedDay: activityDay(event.occurredAt),
  });
}

/** Attendance of a gathering: attendees recorded (once each), those now marked absent removed. */
export async function recordGatheringAttendance(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.gathering.attendance_recorded">>,
): Promise<void> {
  const p = event.payload;
  await factsOf(tx, event).attendance(p.gatheringId, activityDay(event.occurredAt), p.attendedUserIds, p.absentUserIds);
}
