/**
 * What engagement holds about one person (a user or a contact), for a subject access export (issue 24 item 3):
 * the rows as they are stored, read in the organization of the export. A table with an organization is filtered by
 * the scope; a row without one is reached through its parent above (renewals, attendance, deliveries, events of the
 * person's links) or is the person's own (their contact details, events about them).
 */
import { and, eq, inArray, or, type Column } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
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
} from "../schema/index.js";

/** `scope`: the organization the export is made in. */
export function createSubjectDataRepository(db: Executor, scope: Scope) {
  const inScope = (organization: Column) => scopedWhere(scope, { organization });
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

  return {
    /** The mentors a contact is paired with. */
    async pairingsOfContact(contactId: string) {
      return db
        .select()
        .from(mentorContacts)
        .where(and(eq(mentorContacts.contactId, contactId), inScope(mentorContacts.organizationId)));
    },

    /** Names of what a user's rows point to (certification types, courses, badges), by id. */
    async names() {
      const types = await db
        .select({ id: certificationTypes.id, name: certificationTypes.name })
        .from(certificationTypes)
        .where(inScope(certificationTypes.organizationId));
      const titles = await db
        .select({ id: courses.id, title: courses.title })
        .from(courses)
        .where(inScope(courses.organizationId));
      const badgeNames = await db
        .select({ id: badges.id, name: badges.name })
        .from(badges)
        .where(inScope(badges.organizationId));
      return {
        typeName: new Map(types.map((t) => [t.id, t.name])),
        courseTitle: new Map(titles.map((c) => [c.id, c.title])),
        badgeName: new Map(badgeNames.map((b) => [b.id, b.name])),
      };
    },

    /** Every row engagement holds about a user, by table. */
    async ofUser(userId: string) {
      const certs = await db
        .select()
        .from(certifications)
        .where(and(eq(certifications.userId, userId), inScope(certifications.organizationId)));
      const participants = await db
        .select()
        .from(workshopParticipants)
        .where(and(eq(workshopParticipants.userId, userId), inScope(workshopParticipants.organizationId)));
      const told = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), inScope(notifications.organizationId)));
      const links = await db
        .select()
        .from(referralLinks)
        .where(and(eq(referralLinks.referrerId, userId), inScope(referralLinks.organizationId)));
      return {
        certifications: certs,
        certificationRenewals:
          certs.length === 0
            ? []
            : await db
                .select()
                .from(certificationRenewals)
                .where(inArray(certificationRenewals.certificationId, ids(certs))),
        enrollments: await db
          .select()
          .from(courseEnrollments)
          .where(and(eq(courseEnrollments.userId, userId), inScope(courseEnrollments.organizationId))),
        workshops: participants,
        workshopAttendance:
          participants.length === 0
            ? []
            : await db
                .select()
                .from(workshopAttendance)
                .where(inArray(workshopAttendance.participantId, ids(participants))),
        badges: await db
          .select()
          .from(userBadges)
          .where(and(eq(userBadges.userId, userId), inScope(userBadges.organizationId))),
        notifications: told,
        notificationDeliveries:
          told.length === 0
            ? []
            : await db
                .select()
                .from(notificationDeliveries)
                .where(inArray(notificationDeliveries.notificationId, ids(told))),
        notificationPreferences: await db
          .select()
          .from(notificationPreferences)
          .where(and(eq(notificationPreferences.userId, userId), inScope(notificationPreferences.organizationId))),
        quietHours: await db
          .select()
          .from(quietHours)
          .where(and(eq(quietHours.userId, userId), inScope(quietHours.organizationId))),
        reminders: await db
          .select()
          .from(reminders)
          .where(and(eq(reminders.userId, userId), inScope(reminders.organizationId))),
        referralLinks: links,
        referralEvents: await db
          .select()
          .from(referralEvents)
          .where(
            links.length === 0
              ? eq(referralEvents.subject, userId)
              : or(inArray(referralEvents.linkId, ids(links)), eq(referralEvents.subject, userId)),
          ),
        pushDevices: await db
          .select()
          .from(pushDevices)
          .where(and(eq(pushDevices.userId, userId), inScope(pushDevices.organizationId))),
        contactDetails: await db.select().from(userAddresses).where(eq(userAddresses.userId, userId)),
        mentorContacts: await db
          .select()
          .from(mentorContacts)
          .where(and(eq(mentorContacts.mentorId, userId), inScope(mentorContacts.organizationId))),
      };
    },
  };
}

export type SubjectDataRepository = ReturnType<typeof createSubjectDataRepository>;
