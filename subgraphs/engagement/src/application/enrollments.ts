/**
 * Enrollment use cases. Every seat change of a course takes the course's row
 * lock first, so two enrollments for the last seat, or two withdrawals at the
 * same moment, are decided one after the other: each freed seat promotes
 * exactly one waitlisted person, exactly once.
 */
import { refuseIfAny, badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createCertificationRepository } from "../db/repositories/certifications.js";
import type { CourseRow } from "../db/repositories/courses.js";
import {
  createEnrollmentRepository,
  type EnrollmentRow,
  type ParticipantRow,
  type SessionRow,
} from "../db/repositories/enrollments.js";
import { osloDate } from "../domain/calendar.js";
import { waitlistPromotedText } from "../domain/notification-texts.js";
import {
  checkAttend,
  checkEnroll,
  checkSessionDay,
  checkWithdraw,
  placeFor,
  promotions,
} from "../domain/enrollment.js";
import { awardTriggered } from "./badges.js";
import { issueCertification } from "./certifications.js";
import { notify } from "./notify.js";

/** Who acts: coordinators and administrators may act for others, a mentor for themself only. */
export interface Actor {
  userId: string;
  role: string;
}
const mayManage = (actor: Actor) =>
  actor.role === "coordinator" || actor.role === "org_admin" || actor.role === "global_admin";

function fail(v: { rule: string; field: string; message: string } | null): void {
  if (v) throw badInput(v.rule, v.field, v.message);
}

/** Fills free seats from the waitlist (in order) and tells each promoted person. */
export async function promoteWaiting(tx: Tx, course: CourseRow, now: Date): Promise<EnrollmentRow[]> {
  const repo = createEnrollmentRepository(tx, scopes.organization(course.organizationId));
  const taken = await repo.seatsTaken(course.id);
  const waiting = await repo.firstWaiting(course.id, course.capacity - taken);
  const promoted: EnrollmentRow[] = [];
  for (const e of waiting.slice(0, promotions(course.capacity, taken, waiting.length))) {
    promoted.push(await repo.setStatus(e.id, "registered", now, { promoted: true }));
    await notify(
      tx,
      {
        organizationId: course.organizationId,
        userId: e.userId,
        category: "waitlist_promoted",
        text: waitlistPromotedText(course),
        data: { courseId: course.id, enrollmentId: e.id },
      },
      now,
    );
  }
  return promoted;
}

export async function enroll(
  uow: UnitOfWork,
  scope: Scope,
  input: { courseId: string; userId?: string | null },
  actor: Actor,
  now: Date,
): Promise<EnrollmentRow> {
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId && !mayManage(actor))
    throw forbiddenBy("enroll_others_permission", "Only coordinators and administrators enroll others");
  return uow.run(scope, async (tx) => {
    const repo = createEnrollmentRepository(tx, scope);
    const course = await repo.lockCourse(input.courseId);
    if (!course) throw notFound("Course");
    const current = await repo.find(course.id, userId);
    fail(checkEnroll(course.status, current?.status ?? null));
    const status = placeFor(course.capacity, await repo.seatsTaken(course.id));
    if (current) return repo.reenroll(current.id, status, now);
    return repo.insert({
      id: randomUUID(),
      organizationId: course.organizationId,
      courseId: course.id,
      userId,
      status,
      now,
    });
  });
}

export async function withdraw(
  uow: UnitOfWork,
  scope: Scope,
  enrollmentId: string,
  actor: Actor,
  now: Date,
): Promise<EnrollmentRow> {
  return uow.run(scope, async (tx) => {
    const repo = createEnrollmentRepository(tx, scope);
    const seen = await repo.byId(enrollmentId);
    if (!seen) throw notFound("Enrollment");
    if (seen.userId !== actor.userId && !mayManage(actor))
      throw forbiddenBy("own_enrollment_only", "You may withdraw only your own enrollment");
    const course = (await repo.lockCourse(seen.courseId))!;
    const current = (await repo.byId(enrollmentId))!; // re-read under the course lock
    fail(checkWithdraw(current.status));
    const withdrawn = await repo.setStatus(current.id, "withdrawn", now);
    await promoteWaiting(tx, course, now);
    return withdrawn;
  });
}

/**
 * Marks a registered participant as having attended (completed) the course;
 * a course that issues a certification issues (or renews) it, valid from the
 * course's last day.
 */
export async function recordCourseAttendance(
  uow: UnitOfWork,
  scope: Scope,
  enrollmentId: string,
  actor: Actor,
  now: Date,
): Promise<EnrollmentRow> {
  return uow.run(scope, async (tx, events: Emitter) => {
    const repo = createEnrollmentRepository(tx, scope);
    const seen = await repo.byId(enrollmentId);
    if (!seen) throw notFound("Enrollment");
    const course = (await repo.lockCourse(seen.courseId))!;
    const current = (await repo.byId(enrollmentId))!;
    fail(checkAttend(current.status));
    const attended = await repo.setStatus(current.id, "attended", now);
    await awardTriggered(
      tx,
      events,
      { organizationId: course.organizationId, userId: current.userId },
      ["course_completed"],
      actor.userId,
      now,
    );
    if (course.certificationTypeId) {
      const [type] = await createCertificationRepository(tx, scope).typesByIds([course.certificationTypeId]);
      if (type) {
        await issueCertification(
          tx,
          events,
          {
            organizationId: course.organizationId,
            userId: current.userId,
            type,
            courseId: course.id,
            validFrom: course.endsOn ?? course.startsOn,
          },
          osloDate(now),
          actor.userId,
          now,
        );
      }
    }
    return attended;
  });
}

export async function createSession(
  uow: UnitOfWork,
  scope: Scope,
  input: { title: string; description?: string | null; startsOn: string; endsOn: string; location?: string | null },
  actorId: string,
): Promise<SessionRow> {
  const organizationId = scope.organizationId;
  if (!organizationId)
    throw forbiddenBy("organization_context_required", "A session belongs to an organization: act within one");
  const title = input.title.trim();
  refuseIfAny([
    title.length === 0 || title.length > 200
      ? { rule: "title_length", field: "title", message: "Title must be 1 to 200 characters", params: { max: 200 } }
      : null,
    input.endsOn < input.startsOn
      ? { rule: "date_order", field: "endsOn", message: "A session cannot end before it starts" }
      : null,
  ]);
  const blank = (v: string | null | undefined) => (v == null || v.trim() === "" ? null : v.trim());
  return uow.run(scope, (tx) =>
    createEnrollmentRepository(tx, scope).insertSession({
      id: randomUUID(),
      organizationId,
      title,
      description: blank(input.description),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      location: blank(input.location),
      createdBy: actorId,
    }),
  );
}

export async function addParticipant(
  uow: UnitOfWork,
  scope: Scope,
  sessionId: string,
  userId: string,
): Promise<ParticipantRow> {
  return uow.run(scope, async (tx) => {
    const repo = createEnrollmentRepository(tx, scope);
    const [session] = await repo.sessionsByIds([sessionId]);
    if (!session) throw notFound("Session");
    return repo.addParticipant({ id: randomUUID(), organizationId: session.organizationId, sessionId, userId });
  });
}

export async function recordWorkshopAttendance(
  uow: UnitOfWork,
  scope: Scope,
  input: { participantId: string; day: string; present: boolean },
  actorId: string,
): Promise<ParticipantRow> {
  return uow.run(scope, async (tx) => {
    const repo = createEnrollmentRepository(tx, scope);
    const participant = await repo.participantById(input.participantId);
    if (!participant) throw notFound("Participant");
    const [session] = await repo.sessionsByIds([participant.sessionId]);
    fail(checkSessionDay(input.day, session!.startsOn, session!.endsOn));
    await repo.recordAttendance({
      participantId: participant.id,
      day: input.day,
      present: input.present,
      recordedBy: actorId,
    });
    return participant;
  });
}
