/** Enrollments, mentor programme sessions and their attendance, limited to the caller's organization. */
import { writableIn } from "@meander/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import {
  courseEnrollments,
  courses,
  mentorProgramSessions,
  workshopAttendance,
  workshopParticipants,
  type AttendanceRow,
  type CourseRow,
  type EnrollmentRow,
  type EnrollmentStatus,
  type ParticipantRow,
  type SessionRow,
} from "../schema/index.js";
import { personFilter, tenantFilter } from "./scope.js";
export type { AttendanceRow, EnrollmentRow, EnrollmentStatus, ParticipantRow, SessionRow } from "../schema/index.js";

/**
 * A person's enrollment or participation is seen by the person, their coordinators and the administrators
 * (`personFilter`); what a use case decides seats and queues by (counts, the waitlist, the caller's own place, a row
 * it changes under the course lock) is the organization's (`tenantFilter`): a course belongs to the whole organization.
 */
export function createEnrollmentRepository(db: Executor, scope: Scope) {
  const inOrganization = () => tenantFilter(courseEnrollments.organizationId, scope);
  const participantSeen = () => personFilter(workshopParticipants.organizationId, workshopParticipants.userId, scope);
  return {
    /** The course, locked for the rest of the transaction: every seat change of a course goes through this lock. */
    async lockCourse(courseId: string): Promise<CourseRow | null> {
      const [row] = await db
        .select()
        .from(courses)
        .where(and(eq(courses.id, courseId), tenantFilter(courses.organizationId, scope)))
        .for("update");
      return row ?? null;
    },
    async seatsTaken(courseId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(courseEnrollments)
        .where(
          and(
            eq(courseEnrollments.courseId, courseId),
            inArray(courseEnrollments.status, ["registered", "attended"]),
            inOrganization(),
          ),
        );
      return row?.n ?? 0;
    },
    async find(courseId: string, userId: string): Promise<EnrollmentRow | null> {
      const [row] = await db
        .select()
        .from(courseEnrollments)
        .where(and(eq(courseEnrollments.courseId, courseId), eq(courseEnrollments.userId, userId), inOrganization()));
      return row ?? null;
    },
    async byId(id: string): Promise<EnrollmentRow | null> {
      const [row] = await db
        .select()
        .from(courseEnrollments)
        .where(
          and(
            eq(courseEnrollments.id, id),
            personFilter(courseEnrollments.organizationId, courseEnrollments.userId, scope),
          ),
        );
      return row ?? null;
    },
    async insert(row: {
      id: string;
      organizationId: string;
      courseId: string;
      userId: string;
      status: EnrollmentStatus;
      now: Date;
    }): Promise<EnrollmentRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db
        .insert(courseEnrollments)
        .values({
          id: row.id,
          organizationId: row.organizationId,
          courseId: row.courseId,
          userId: row.userId,
          status: row.status,
          registeredAt: row.status === "registered" ? row.now : null,
        })
        .returning();
      return created!;
    },
    /** A withdrawn enrollment taken up again: a new place at the end of the queue. */
    async reenroll(id: string, status: EnrollmentStatus, now: Date): Promise<EnrollmentRow> {
      const [row] = await db
        .update(courseEnrollments)
        .set({
          status,
          seq: sql`nextval(pg_get_serial_sequence('engagement.course_enrollments', 'seq'))`,
          registeredAt: status === "registered" ? now : null,
          promotedAt: null,
          withdrawnAt: null,
        })
        .where(and(eq(courseEnrollments.id, id), inOrganization()))
        .returning();
      return row!;
    },
    async setStatus(
      id: string,
      status: EnrollmentStatus,
      at: Date,
      extra: { promoted?: boolean } = {},
    ): Promise<EnrollmentRow> {
      const stamp =
        status === "registered"
          ? { registeredAt: at, ...(extra.promoted ? { promotedAt: at } : {}) }
          : status === "attended"
            ? { attendedAt: at }
            : status === "withdrawn"
              ? { withdrawnAt: at }
              : {};
      const [row] = await db
        .update(courseEnrollments)
        .set({ status, ...stamp })
        .where(and(eq(courseEnrollments.id, id), inOrganization()))
        .returning();
      return row!;
    },
    /** The first n on the course's waitlist, in the order they asked. */
    async firstWaiting(courseId: string, n: number): Promise<EnrollmentRow[]> {
      if (n <= 0) return [];
      return db
        .select()
        .from(courseEnrollments)
        .where(
          and(eq(courseEnrollments.courseId, courseId), eq(courseEnrollments.status, "waitlisted"), inOrganization()),
        )
        .orderBy(asc(courseEnrollments.seq))
        .limit(n);
    },
    /** Everyone still registered or waitlisted on a course, in the order they asked (for a cancellation, under the course lock). */
    async pendingOf(courseId: string): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(courseEnrollments)
        .where(
          and(
            eq(courseEnrollments.courseId, courseId),
            inArray(courseEnrollments.status, ["registered", "waitlisted"]),
            inOrganization(),
          ),
        )
        .orderBy(asc(courseEnrollments.seq));
    },
    async ofCourses(courseIds: readonly string[]): Promise<EnrollmentRow[]> {
      if (courseIds.length === 0) return [];
      return db
        .select()
        .from(courseEnrollments)
        .where(
          and(
            inArray(courseEnrollments.courseId, [...courseIds]),
            personFilter(courseEnrollments.organizationId, courseEnrollments.userId, scope),
          ),
        )
        .orderBy(asc(courseEnrollments.seq));
    },
    /** Seats and queue of courses (id, status, order): counts name nobody, so they are the organization's, not limited to people in sight. */
    async seatingOf(courseIds: readonly string[]): Promise<Array<Pick<EnrollmentRow, "id" | "courseId" | "status">>> {
      if (courseIds.length === 0) return [];
      return db
        .select({ id: courseEnrollments.id, courseId: courseEnrollments.courseId, status: courseEnrollments.status })
        .from(courseEnrollments)
        .where(and(inArray(courseEnrollments.courseId, [...courseIds]), inOrganization()))
        .orderBy(asc(courseEnrollments.seq));
    },
    async ofUser(userId: string): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(courseEnrollments)
        .where(and(eq(courseEnrollments.userId, userId), inOrganization()))
        .orderBy(asc(courseEnrollments.createdAt), asc(courseEnrollments.id));
    },

    // Mentor programme sessions (multi-day) and their participants.
    async insertSession(row: typeof mentorProgramSessions.$inferInsert): Promise<SessionRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(mentorProgramSessions).values(row).returning();
      return created!;
    },
    async sessionsByIds(ids: readonly string[]): Promise<SessionRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(mentorProgramSessions)
        .where(
          and(inArray(mentorProgramSessions.id, [...ids]), tenantFilter(mentorProgramSessions.organizationId, scope)),
        );
    },
    async sessions(): Promise<SessionRow[]> {
      return db
        .select()
        .from(mentorProgramSessions)
        .where(tenantFilter(mentorProgramSessions.organizationId, scope))
        .orderBy(asc(mentorProgramSessions.startsOn), asc(mentorProgramSessions.id))
        .limit(500);
    },
    /** Adds a participant; the existing one when the user takes part already. */
    async addParticipant(row: {
      id: string;
      organizationId: string;
      sessionId: string;
      userId: string;
    }): Promise<ParticipantRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(workshopParticipants).values(row).onConflictDoNothing().returning();
      if (created) return created;
      const [existing] = await db
        .select()
        .from(workshopParticipants)
        .where(
          and(
            eq(workshopParticipants.sessionId, row.sessionId),
            eq(workshopParticipants.userId, row.userId),
            tenantFilter(workshopParticipants.organizationId, scope),
          ),
        );
      return existing!;
    },
    async participantById(id: string): Promise<ParticipantRow | null> {
      const [row] = await db
        .select()
        .from(workshopParticipants)
        .where(and(eq(workshopParticipants.id, id), participantSeen()));
      return row ?? null;
    },
    async participantsOf(sessionIds: readonly string[]): Promise<ParticipantRow[]> {
      if (sessionIds.length === 0) return [];
      return db
        .select()
        .from(workshopParticipants)
        .where(and(inArray(workshopParticipants.sessionId, [...sessionIds]), participantSeen()))
        .orderBy(asc(workshopParticipants.createdAt), asc(workshopParticipants.id));
    },
    async recordAttendance(row: {
      participantId: string;
      day: string;
      present: boolean;
      recordedBy: string | null;
    }): Promise<void> {
      // An attendance row has no organization of its own: it is written for a participant in sight only.
      const [participant] = await db
        .select({ id: workshopParticipants.id })
        .from(workshopParticipants)
        .where(and(eq(workshopParticipants.id, row.participantId), participantSeen()));
      if (!participant) return;
      await db
        .insert(workshopAttendance)
        .values(row)
        .onConflictDoUpdate({
          target: [workshopAttendance.participantId, workshopAttendance.day],
          set: { present: row.present, recordedBy: row.recordedBy, recordedAt: sql`now()` },
        });
    },
    async attendanceOf(participantIds: readonly string[]): Promise<AttendanceRow[]> {
      if (participantIds.length === 0) return [];
      return db
        .select()
        .from(workshopAttendance)
        .where(
          and(
            inArray(workshopAttendance.participantId, [...participantIds]),
            inArray(
              workshopAttendance.participantId,
              db.select({ id: workshopParticipants.id }).from(workshopParticipants).where(participantSeen()),
            ),
          ),
        )
        .orderBy(asc(workshopAttendance.day));
    },
  };
}

export type EnrollmentRepository = ReturnType<typeof createEnrollmentRepository>;
