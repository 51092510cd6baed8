/**
 * Projections for statistics and Wrapped from finance's and engagement's events
 * (inside the consumer's transaction, idempotent by state as well as by event id).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { expenseFacts, gatheringAttendance, mentorBadges, reimbursementPayouts } from "../db/schema/index.js";
import { activityDay } from "../domain/activity-fact.js";
import { organizationOf } from "./activity-facts.js";

/** A submission sets the claim's day (and creates the row if no decision came first); it never undoes a decision. */
export async function recordExpenseSubmitted(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.expense.submitted">>,
): Promise<void> {
  const p = event.payload;
  const submittedDay = activityDay(event.occurredAt);
  await tx
    .insert(expenseFacts)
    .values({
      expenseId: p.expenseId,
      organizationId: organizationOf(event),
      userId: p.userId,
      activityId: p.activityId,
      amountOre: p.amountOre,
      status: "submitted",
      submittedDay,
      statusAt: new Date(event.occurredAt),
    })
    .onConflictDoUpdate({ target: expenseFacts.expenseId, set: { submittedDay } });
}

/** A decision: the newest by occurredAt wins; one arriving before its submission creates the row (its day until the submission tells). */
export async function recordExpenseDecision(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.expense.approved"> | PayloadOf<"finance.expense.rejected">>,
  status: "approved" | "rejected",
): Promise<void> {
  const p = event.payload;
  const statusAt = new Date(event.occurredAt);
  await tx
    .insert(expenseFacts)
    .values({
      expenseId: p.expenseId,
      organizationId: organizationOf(event),
      userId: p.userId,
      activityId: p.activityId,
      amountOre: p.amountOre,
      status,
      submittedDay: activityDay(event.occurredAt),
      statusAt,
    })
    .onConflictDoUpdate({
      target: expenseFacts.expenseId,
      set: { status, statusAt, amountOre: p.amountOre },
      setWhere: sql`${expenseFacts.status} = 'submitted' or ${expenseFacts.statusAt} < ${statusAt.toISOString()}`,
    });
}

export async function recordReimbursementPaid(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"finance.reimbursement.paid">>,
): Promise<void> {
  const p = event.payload;
  await tx
    .insert(reimbursementPayouts)
    .values({
      reimbursementId: p.reimbursementId,
      organizationId: organizationOf(event),
      userId: p.userId,
      totalOre: p.totalOre,
      paidDay: activityDay(p.paidAt),
    })
    .onConflictDoNothing();
}

export async function recordBadgeAwarded(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"engagement.badge.awarded">>,
): Promise<void> {
  const p = event.payload;
  await tx
    .insert(mentorBadges)
    .values({
      userBadgeId: p.userBadgeId,
      userId: p.userId,
      organizationId: organizationOf(event),
      badgeKey: p.badgeKey,
      badgeName: p.badgeName ?? null,
      awardedDay: activityDay(event.occurredAt),
    })
    .onConflictDoNothing();
}

/** Attendance of a gathering: attendees recorded (once each), those now marked absent removed. */
export async function recordGatheringAttendance(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"activity.gathering.attendance_recorded">>,
): Promise<void> {
  const p = event.payload;
  if (p.absentUserIds.length > 0) {
    await tx
      .delete(gatheringAttendance)
      .where(
        and(eq(gatheringAttendance.gatheringId, p.gatheringId), inArray(gatheringAttendance.userId, p.absentUserIds)),
      );
  }
  if (p.attendedUserIds.length === 0) return;
  await tx
    .insert(gatheringAttendance)
    .values(
      p.attendedUserIds.map((userId) => ({
        gatheringId: p.gatheringId,
        userId,
        organizationId: organizationOf(event),
        attendedDay: activityDay(event.occurredAt),
      })),
    )
    .onConflictDoNothing();
}
