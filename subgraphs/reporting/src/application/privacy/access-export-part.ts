/**
 * reporting's part of a subject access export (issue 24 item 3): the audit entries about the person (as subject)
 * or by them (as actor) in the organization's chain, and the read-model rows reporting keeps about them: activity
 * facts (a contact's too), expense facts, payouts, badges, gathering attendance, mentor status and certifications,
 * the Bufdir mentor-year rows and the annual summaries ("Wrapped"), and the display name reporting shows. The
 * actors of the audit entries are labelled by name (reporting's people), so the PDF names who did what.
 */
import { scopes, type Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { createSubjectDataRepository } from "../../db/repositories/subject-data.js";

export async function reportingExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  const subjectId = (contactId ?? userId)!;
  // The consumer's transaction is set to the requesting organization (enterOrganization): row-level security keeps
  // the rows to it and to what no organization owns, as it always did; the repository adds no filter of its own.
  const data = createSubjectDataRepository(tx, scopes.platform());
  const entries = await data.auditEntries({ userId, subjectId });
  const actors = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const names = await data.people(actors);
  const labels: Record<string, string> = Object.fromEntries(names.map((p) => [p.userId, p.displayName]));
  const auditEntries = entries.map((e) => toRecord(e, ["prevHash", "hash", "chainId"]));
  if (!userId) {
    return {
      subgraph: "reporting",
      labels,
      categories: {
        auditEntries,
        activityFacts: (await data.activityFactsOfContact(contactId!)).map((r) => toRecord(r)),
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
  const own = await data.people([userId]);
  for (const p of own) labels[p.userId] = p.displayName;
  return {
    subgraph: "reporting",
    labels,
    categories: {
      auditEntries,
      activityFacts: (await data.activityFacts(userId)).map((r) => toRecord(r)),
      expenseFacts: (await data.expenseFacts(userId)).map((r) => toRecord(r)),
      payouts: (await data.payouts(userId)).map((r) => toRecord(r)),
      badges: (await data.badges(userId)).map((r) => toRecord(r)),
      gatheringAttendance: (await data.gatheringAttendance(userId)).map((r) => toRecord(r)),
      mentorStatus: (await data.mentorStatus(userId)).map((r) => toRecord(r)),
      certifications: (await data.certifications(userId)).map((r) => toRecord(r)),
      bufdirMentorYears: (await data.bufdirMentorYears(userId)).map((r) => toRecord(r)),
      annualSummaries: (await data.annualSummaries(userId)).map((r) => toRecord(r)),
      displayName: own.map((p) => toRecord(p)),
    },
  };
}
