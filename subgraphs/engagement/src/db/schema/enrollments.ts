import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { courses } from "./courses.js";
import { engagement } from "./pg-schema.js";

export const enrollmentStatus = engagement.enum("enrollment_status", [
  "registered",
  "waitlisted",
  "attended",
  "withdrawn",
]);

/**
 * A user's enrollment in a course. Seats are taken by registered and attended
 * enrollments; the waitlist is ordered by `seq` (assigned under the course's
 * row lock, so it is the order in which people asked).
 */
export const courseEnrollments = engagement.table(
  "course_enrollments",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id),
    userId: uuid("user_id").notNull(),
    status: enrollmentStatus("status").notNull(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    attendedAt: timestamp("attended_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("course_enrollments_course_user_idx").on(t.courseId, t.userId),
    index("course_enrollments_course_status_idx").on(t.courseId, t.status, t.seq),
    index("course_enrollments_org_user_idx").on(t.organizationId, t.userId),
  ],
);

/** A multi-day session of a mentor programme (seed 001: Blindeforbundet's group mentoring and career workshops). */
export const mentorProgramSessions = engagement.table(
  "mentor_program_sessions",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    location: text("location"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mentor_program_sessions_org_idx").on(t.organizationId, t.startsOn, t.id),
    check("mentor_program_sessions_date_order", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** A participant of a mentor programme session. */
export const workshopParticipants = engagement.table(
  "workshop_participants",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => mentorProgramSessions.id),
    userId: uuid("user_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("workshop_participants_session_user_idx").on(t.sessionId, t.userId)],
);

/** Attendance per participant and session day (one row per day, last recording wins). */
export const workshopAttendance = engagement.table(
  "workshop_attendance",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => workshopParticipants.id),
    day: date("day", { mode: "string" }).notNull(),
    present: boolean("present").notNull(),
    recordedBy: uuid("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.day] })],
);

export type EnrollmentRow = typeof courseEnrollments.$inferSelect;
export type EnrollmentStatus = (typeof enrollmentStatus.enumValues)[number];
export type SessionRow = typeof mentorProgramSessions.$inferSelect;
export type ParticipantRow = typeof workshopParticipants.$inferSelect;
export type AttendanceRow = typeof workshopAttendance.$inferSelect;
