/**
 * engagement's part of a subject access export (issue 24 item 3).
 * - A user: certifications (with the type's name) and renewals, course enrollments (with the course's title),
 *   mentor-programme workshops and attendance, badges (with names), notifications with their deliveries,
 *   notification preferences and quiet hours, reminders, referral links and the referral events of those links or
 *   about the user, push devices (the push token left out: a key, not data about the person), the contact details
 *   engagement keeps for notifications, and the contacts a mentor is paired with.
 * - A contact: the mentors they are paired with (mentor_contacts); engagement holds nothing else about contacts.
 */
import { scopes, type Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { createSubjectDataRepository } from "../../db/repositories/subject-data.js";

const USER_CATEGORIES = [
  "certifications",
  "certificationRenewals",
  "enrollments",
  "workshops",
  "workshopAttendance",
  "badges",
  "notifications",
  "notificationDeliveries",
  "notificationPreferences",
  "quietHours",
  "reminders",
  "referralLinks",
  "referralEvents",
  "pushDevices",
  "contactDetails",
] as const;

/** Read in the export's organization (the consumer's transaction has it set, as a request's would). */
export async function engagementExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  const repo = createSubjectDataRepository(tx, scopes.organization(request.organizationId));
  if (!userId) {
    const empty = Object.fromEntries(USER_CATEGORIES.map((c) => [c, []]));
    const pairs = await repo.pairingsOfContact(contactId!);
    return { subgraph: "engagement", categories: { ...empty, mentorContacts: pairs.map((p) => toRecord(p)) } };
  }
  const { typeName, courseTitle, badgeName } = await repo.names();
  const rows = await repo.ofUser(userId);
  const labels: Record<string, string> = Object.fromEntries([...typeName, ...courseTitle, ...badgeName]);
  const records = (list: Array<Record<string, unknown>>) => list.map((r) => toRecord(r));
  return {
    subgraph: "engagement",
    labels,
    categories: {
      certifications: rows.certifications.map((c) => ({ ...toRecord(c), typeName: typeName.get(c.typeId) ?? null })),
      certificationRenewals: records(rows.certificationRenewals),
      enrollments: rows.enrollments.map((e) => ({ ...toRecord(e), courseTitle: courseTitle.get(e.courseId) ?? null })),
      workshops: records(rows.workshops),
      workshopAttendance: records(rows.workshopAttendance),
      badges: rows.badges.map((b) => ({ ...toRecord(b), badgeName: badgeName.get(b.badgeId) ?? null })),
      notifications: records(rows.notifications),
      notificationDeliveries: records(rows.notificationDeliveries),
      notificationPreferences: records(rows.notificationPreferences),
      quietHours: records(rows.quietHours),
      reminders: records(rows.reminders),
      referralLinks: records(rows.referralLinks),
      referralEvents: records(rows.referralEvents),
      pushDevices: rows.pushDevices.map((d) => toRecord(d, ["token"])),
      contactDetails: records(rows.contactDetails),
      mentorContacts: records(rows.mentorContacts),
    },
  };
}
