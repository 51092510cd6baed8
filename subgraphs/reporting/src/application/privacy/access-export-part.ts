/**
 * reporting's part of a subject access export (issue 24 item 3): the audit entries about the person (as subject)
 * or by them (as actor) in the organization's chain, and the read-model rows reporting keeps about them: activity
 * facts (a contact's too), expense facts, payouts, badges, gathering attendance, mentor status and certifications,
 * the Bufdir mentor-year rows and the annual summaries ("Wrapped"), and the display name reporting shows. The
 * actors of the audit entries are labelled by name (reporting's people), so the PDF names who did what.
 */
import { eq, inArray, or } from "drizzle-orm";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
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
} from "../../db/schema/index.js";

export async function reportingExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  const subjectId = (contactId ?? userId)!;
  const entries = await tx
    .select()
    .from(auditLog)
    .where(
      userId ? or(eq(auditLog.subjectId, userId), eq(auditLog.actorId, userId)) : eq(auditLog.subjectId, subjectId),
    )
    .orderBy(auditLog.recordedAt);
  const actors = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const names = actors.length ? await tx.select().from(people).where(inArray(people.userId, actors)) : [];
  const labels: Record<string, string> = Object.fromEntries(names.map((p) => [p.userId, p.displayName]));
  const auditEntries = entries.map((e) => toRecord(e, ["prevHash", "hash", "chainId"]));
  if (!userId) {
    return {
      subgraph: "reporting",
      labels,
      categories: {
        auditEntries,
        activityFacts: (await tx.select().from(activityFacts).where(eq(activityFacts.contactId, contactId!))).map((r) =>
          toRecord(r),
        ),
        expenseFacts: [],
        payouts: [],
        badges: [],
        gatheringAttendance: [],
        mentorStatus: [],
        certifications: [],
        bufdirMentorYears: [],
        annualSummaries: [],
        displayName: [],
      },
    };
  }
  const own = await tx.select().from(people).where(eq(people.userId, userId));
  for (const p of own) labels[p.userId] = p.displayName;
  return {
    subgraph: "reporting",
    labels,
    categories: {
      auditEntries,
      activityFacts: (await tx.select().from(activityFacts).where(eq(activityFacts.userId, userId))).map((r) =>
        toRecord(r),
      ),
      expenseFacts: (await tx.select().from(expenseFacts).where(eq(expenseFacts.userId, userId))).map((r) =>
        toRecord(r),
      ),
      payouts: (await tx.select().from(reimbursementPayouts).where(eq(reimbursementPayouts.userId, userId))).map((r) =>
        toRecord(r),
      ),
      badges: (await tx.select().from(mentorBadges).where(eq(mentorBadges.userId, userId))).map((r) => toRecord(r)),
      gatheringAttendance: (
        await tx.select().from(gatheringAttendance).where(eq(gatheringAttendance.userId, userId))
      ).map((r) => toRecord(r)),
      mentorStatus: (await tx.select().from(mentorStatuses).where(eq(mentorStatuses.userId, userId))).map((r) =>
        toRecord(r),
      ),
      certifications: (await tx.select().from(mentorCertifications).where(eq(mentorCertifications.userId, userId))).map(
        (r) => toRecord(r),
      ),
      bufdirMentorYears: (await tx.select().from(bufdirMentorYears).where(eq(bufdirMentorYears.userId, userId))).map(
        (r) => toRecord(r),
      ),
      annualSummaries: (await tx.select().from(annualSummaries).where(eq(annualSummaries.userId, userId))).map((r) =>
        toRecord(r),
      ),
      displayName: own.map((p) => toRecord(p)),
    },
  };
}
