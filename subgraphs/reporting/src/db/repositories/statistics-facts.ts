/**
 * The statistics projections of one organization from finance's and engagement's events (claims, payouts, badges,
 * gathering attendance), written in the scope's organization inside the consumer's transaction; idempotent by state
 * as well as by event id.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import { expenseFacts, gatheringAttendance, mentorBadges, reimbursementPayouts } from "../schema/index.js";

type Claim = Omit<typeof expenseFacts.$inferInsert, "organizationId">;

export function createStatisticsFactRepository(db: Executor, scope: Scope) {
  return {
    /** A submission sets the claim's day (and creates the row if no decision came first); it never undoes a decision. */
    async expenseSubmitted(row: Claim & { submittedDay: string }): Promise<void> {
      await db
        .insert(expenseFacts)
        .values({ ...row, organizationId: organizationIdOf(scope) })
        .onConflictDoUpdate({
          target: expenseFacts.expenseId,
          set: { submittedDay: row.submittedDay },
          setWhere: scopedWhere(scope, { organization: expenseFacts.organizationId }),
        });
    },
    /** A decision: the newest by its time wins; one arriving before its submission creates the row. */
    async expenseDecided(row: Claim & { status: "approved" | "rejected"; statusAt: Date }): Promise<void> {
      const { status, statusAt, amountOre } = row;
      await db
        .insert(expenseFacts)
        .values({ ...row, organizationId: organizationIdOf(scope) })
        .onConflictDoUpdate({
          target: expenseFacts.expenseId,
          set: { status, statusAt, amountOre },
          setWhere: and(
            sql`(${expenseFacts.status} = 'submitted' or ${expenseFacts.statusAt} < ${statusAt.toISOString()})`,
            scopedWhere(scope, { organization: expenseFacts.organizationId }),
          ),
        });
    },
    async reimbursementPaid(row: Omit<typeof reimbursementPayouts.$inferInsert, "organizationId">): Promise<void> {
      await db
        .insert(reimbursementPayouts)
        .values({ ...row, organizationId: organizationIdOf(scope) })
        .onConflictDoNothing();
    },
    async badgeAwarded(row: Omit<typeof mentorBadges.$inferInsert, "organizationId">): Promise<void> {
      await db
        .insert(mentorBadges)
        .values({ ...row, organizationId: organizationIdOf(scope) })
        .onConflictDoNothing();
    },
    /** Attendance of a gathering: attendees recorded (once each), those now marked absent removed. */
    async attendance(
      gatheringId: string,
      attendedDay: string,
      attendedUserIds: readonly string[],
      absentUserIds: readonly string[],
    ): Promise<void> {
      if (absentUserIds.length > 0) {
        await db
          .delete(gatheringAttendance)
          .where(
            and(
              eq(gatheringAttendance.gatheringId, gatheringId),
              inArray(gatheringAttendance.userId, [...absentUserIds]),
              scopedWhere(scope, { organization: gatheringAttendance.organizationId }),
            ),
          );
      }
      if (attendedUserIds.length === 0) return;
      const organizationId = organizationIdOf(scope);
      await db
        .insert(gatheringAttendance)
        .values(attendedUserIds.map((userId) => ({ gatheringId, userId, organizationId, attendedDay })))
        .onConflictDoNothing();
    },
  };
}
