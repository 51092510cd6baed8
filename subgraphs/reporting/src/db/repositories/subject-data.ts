/**
 * A person's rows, for their access export (issue 24 item 3): the audit entries about them or by them, and the read
 * model's rows about them, as far as the scope sees (an audit entry by its chain). The privacy consumer names the
 * platform's: a person's rows are theirs wherever they are, and its transaction's row-level security (set to the
 * requesting organization) is beneath, as before.
 */
import { and, asc, eq, exists, inArray, or, sql, type Column, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityFacts,
  annualSummaries,
  auditLog,
  bufdirMentorYears,
  expenseFacts,
  gatheringAttendance,
  mentorBadges,
  mentorCertifications,
  mentorStatuses,
  people,
  reimbursementPayouts,
} from "../schema/index.js";

export function createSubjectDataRepository(db: Executor, scope: Scope) {
  const of = (column: Column): SQL | undefined => scopedWhere(scope, { organization: column });
  /** A person's row without an organization (name, status, summaries): in sight with an activity of theirs in sight. */
  const known = (userId: Column): SQL | undefined => {
    const facts = of(activityFacts.organizationId);
    if (facts === undefined) return undefined;
    return exists(
      db
        .select({ one: sql`1` })
        .from(activityFacts)
        .where(and(eq(activityFacts.userId, userId), facts)),
    );
  };

  return {
    /** Audit entries about the subject, or (a user) by them, oldest first. */
    async auditEntries(subject: { userId: string | null; subjectId: string }) {
      const who = subject.userId
        ? or(eq(auditLog.subjectId, subject.userId), eq(auditLog.actorId, subject.userId))
        : eq(auditLog.subjectId, subject.subjectId);
      return db
        .select()
        .from(auditLog)
        .where(and(who, of(auditLog.chainId)))
        .orderBy(asc(auditLog.recordedAt));
    },
    async people(userIds: readonly string[]) {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(people)
        .where(and(inArray(people.userId, [...userIds]), known(people.userId)));
    },
    async activityFactsOfContact(contactId: string) {
      return db
        .select()
        .from(activityFacts)
        .where(and(eq(activityFacts.contactId, contactId), of(activityFacts.organizationId)));
    },
    async activityFacts(userId: string) {
      return db
        .select()
        .from(activityFacts)
        .where(and(eq(activityFacts.userId, userId), of(activityFacts.organizationId)));
    },
    async expenseFacts(userId: string) {
      return db
        .select()
        .from(expenseFacts)
        .where(and(eq(expenseFacts.userId, userId), of(expenseFacts.organizationId)));
    },
    async payouts(userId: string) {
      return db
        .select()
        .from(reimbursementPayouts)
        .where(and(eq(reimbursementPayouts.userId, userId), of(reimbursementPayouts.organizationId)));
    },
    async badges(userId: string) {
      return db
        .select()
        .from(mentorBadges)
        .where(and(eq(mentorBadges.userId, userId), of(mentorBadges.organizationId)));
    },
    async gatheringAttendance(userId: string) {
      return db
        .select()
        .from(gatheringAttendance)
        .where(and(eq(gatheringAttendance.userId, userId), of(gatheringAttendance.organizationId)));
    },
    async mentorStatus(userId: string) {
      return db
        .select()
        .from(mentorStatuses)
        .where(and(eq(mentorStatuses.userId, userId), known(mentorStatuses.userId)));
    },
    async certifications(userId: string) {
      return db
        .select()
        .from(mentorCertifications)
        .where(and(eq(mentorCertifications.userId, userId), of(mentorCertifications.organizationId)));
    },
    async bufdirMentorYears(userId: string) {
      return db
        .select()
        .from(bufdirMentorYears)
        .where(and(eq(bufdirMentorYears.userId, userId), of(bufdirMentorYears.organizationId)));
    },
    async annualSummaries(userId: string) {
      return db
        .select()
        .from(annualSummaries)
        .where(and(eq(annualSummaries.userId, userId), known(annualSummaries.userId)));
    },
  };
}
