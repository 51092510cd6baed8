/**
 * engagement's part of a subject access export (issue 24 item 3).
 * - A user: certifications (with the type's name) and renewals, course enrollments (with the course's title),
 *   mentor-programme workshops and attendance, badges (with names), notifications with their deliveries,
 *   notification preferences and quiet hours, reminders, referral links and the referral events of those links or
 *   about the user, push devices (the push token left out: a key, not data about the person), the contact details
 *   engagement keeps for notifications, and the contacts a mentor is paired with.
 * - A contact: the mentors they are paired with (mentor_contacts); engagement holds nothing else about contacts.
 */
import { eq, inArray, or } from "drizzle-orm";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import {
  badges,
  certificationRenewals,
  certifications,
  certificationTypes,
  courseEnrollments,
  courses,
  mentorContacts,
  notificationDeliveries,
  notificationPreferences,
  notifications,
  pushDevices,
  quietHours,
  referralEvents,
  referralLinks,
  reminders,
  userAddresses,
  userBadges,
  workshopAttendance,
  workshopParticipants,
} from "../../db/schema/index.js";

const none = ["00000000-0000-0000-0000-000000000000"];
const idsOf = (rows: Array<{ id: string }>) => (rows.length ? rows.map((r) => r.id) : none);

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

export async function engagementExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const { contactId, userId } = request.subject;
  if (!userId) {
    const empty = Object.fromEntries(USER_CATEGORIES.map((c) => [c, []]));
    const pairs = await tx.select().from(mentorContacts).where(eq(mentorContacts.contactId, contactId!));
    return { subgraph: "engagement", categories: { ...empty, mentorContacts: pairs.map((p) => toRecord(p)) } };
  }
  const org = request.organizationId;
  const typeName = new Map(
    (
      await tx
        .select({ id: certificationTypes.id, name: certificationTypes.name })
        .from(certificationTypes)
        .where(eq(certificationTypes.organizationId, org))
    ).map((t) => [t.id, t.name]),
  );
  const courseTitle = new Map(
    (
      await tx.select({ id: courses.id, title: courses.title }).from(courses).where(eq(courses.organizationId, org))
    ).map((c) => [c.id, c.title]),
  );
  const badgeName = new Map(
    (await tx.select({ id: badges.id, name: badges.name }).from(badges).where(eq(badges.organizationId, org))).map(
      (b) => [b.id, b.name],
    ),
  );

  const certs = await tx.select().from(certifications).where(eq(certifications.userId, userId));
  const participants = await tx.select().from(workshopParticipants).where(eq(workshopParticipants.userId, userId));
  const told = await tx.select().from(notifications).where(eq(notifications.userId, userId));
  const links = await tx.select().from(referralLinks).where(eq(referralLinks.referrerId, userId));
  const labels: Record<string, string> = Object.fromEntries([...typeName, ...courseTitle, ...badgeName]);
  return {
    subgraph: "engagement",
    labels,
    categories: {
      certifications: certs.map((c) => ({ ...toRecord(c), typeName: typeName.get(c.typeId) ?? null })),
      certificationRenewals: (
        await tx
          .select()
          .from(certificationRenewals)
          .where(inArray(certificationRenewals.certificationId, idsOf(certs)))
      ).map((r) => toRecord(r)),
      enrollments: (await tx.select().from(courseEnrollments).where(eq(courseEnrollments.userId, userId))).map((e) => ({
        ...toRecord(e),
        courseTitle: courseTitle.get(e.courseId) ?? null,
      })),
      workshops: participants.map((p) => toRecord(p)),
      workshopAttendance: (
        await tx
          .select()
          .from(workshopAttendance)
          .where(inArray(workshopAttendance.participantId, idsOf(participants)))
      ).map((r) => toRecord(r)),
      badges: (await tx.select().from(userBadges).where(eq(userBadges.userId, userId))).map((b) => ({
        ...toRecord(b),
        badgeName: badgeName.get(b.badgeId) ?? null,
      })),
      notifications: told.map((n) => toRecord(n)),
      notificationDeliveries: (
        await tx
          .select()
          .from(notificationDeliveries)
          .where(inArray(notificationDeliveries.notificationId, idsOf(told)))
      ).map((r) => toRecord(r)),
      notificationPreferences: (
        await tx.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId))
      ).map((r) => toRecord(r)),
      quietHours: (await tx.select().from(quietHours).where(eq(quietHours.userId, userId))).map((r) => toRecord(r)),
      reminders: (await tx.select().from(reminders).where(eq(reminders.userId, userId))).map((r) => toRecord(r)),
      referralLinks: links.map((l) => toRecord(l)),
      referralEvents: (
        await tx
          .select()
          .from(referralEvents)
          .where(or(inArray(referralEvents.linkId, idsOf(links)), eq(referralEvents.subject, userId)))
      ).map((r) => toRecord(r)),
      pushDevices: (await tx.select().from(pushDevices).where(eq(pushDevices.userId, userId))).map((d) =>
        toRecord(d, ["token"]),
      ),
      contactDetails: (await tx.select().from(userAddresses).where(eq(userAddresses.userId, userId))).map((r) =>
        toRecord(r),
      ),
      mentorContacts: (await tx.select().from(mentorContacts).where(eq(mentorContacts.mentorId, userId))).map((r) =>
        toRecord(r),
      ),
    },
  };
}
