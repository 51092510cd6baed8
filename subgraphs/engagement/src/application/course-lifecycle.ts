/**
 * A course's lifecycle (open, close, cancel) and edits: one transaction each,
 * under the course's row lock (the lock every seat change takes), audited.
 * The event catalog has no course event, so nothing is published (README).
 */
import { badInput, notFound } from "@meander/validation";
import type { Scope, Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createCertificationRepository } from "../db/repositories/certifications.js";
import { createCourseRepository, type CourseRow } from "../db/repositories/courses.js";
import { createEnrollmentRepository } from "../db/repositories/enrollments.js";
import { courseCancelledText } from "../domain/notification-texts.js";
import { applyCourseChanges, courseTransition, type CourseAction, type CourseChanges } from "../domain/course.js";
import type { RuleViolation } from "../domain/violation.js";
import { auditChange, type AuditActor } from "./audit.js";
import { promoteWaiting } from "./enrollments.js";
import { notify } from "./notify.js";

function fail(v: RuleViolation | undefined): void {
  if (v) throw badInput(v.rule, v.field, v.message);
}

async function locked(tx: Tx, scope: Scope, id: string): Promise<CourseRow> {
  const course = await createEnrollmentRepository(tx, scope).lockCourse(id);
  if (!course) throw notFound("Course");
  return course;
}

const PAST: Record<CourseAction, string> = { open: "opened", close: "closed", cancel: "cancelled" };

/**
 * Opens, closes or cancels a course (state machine in domain/course.ts). A
 * cancellation withdraws everyone still registered or waitlisted and tells
 * each of them (category COURSE_CANCELLED, Norwegian bokmål, the course by name).
 */
export async function changeCourseStatus(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  action: CourseAction,
  actor: AuditActor,
  now: Date,
): Promise<CourseRow> {
  return uow.run(scope, async (tx, events) => {
    const course = await locked(tx, scope, id);
    const next = courseTransition(course.status, action);
    if ("violation" in next) throw badInput(next.violation.rule, next.violation.field, next.violation.message);
    const updated = await createCourseRepository(tx, scope).update(course.id, { status: next.status });
    if (action === "cancel") {
      const enrollments = createEnrollmentRepository(tx, scope);
      for (const e of await enrollments.pendingOf(course.id)) {
        await enrollments.setStatus(e.id, "withdrawn", now);
        const text = courseCancelledText(course, e.status === "waitlisted");
        await notify(
          tx,
          {
            organizationId: course.organizationId,
            userId: e.userId,
            category: "course_cancelled",
            text,
            data: { courseId: course.id, enrollmentId: e.id },
          },
          now,
        );
      }
    }
    await auditChange(events, actor, course.organizationId, {
      action: `course.${PAST[action]}`,
      subject: { type: "Course", id: course.id },
      fields: ["status"],
    });
    return updated;
  });
}

/**
 * Edits a course (what the create input has, except the status: that moves
 * through open/close/cancel). Every broken rule is named, the first as the
 * error's rule; a raised capacity seats the first on the waitlist.
 */
export async function updateCourse(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  changes: CourseChanges,
  actor: AuditActor,
  now: Date,
): Promise<CourseRow> {
  return uow.run(scope, async (tx, events) => {
    const course = await locked(tx, scope, id);
    const enrollments = createEnrollmentRepository(tx, scope);
    const { course: next, violations } = applyCourseChanges(course, changes, await enrollments.seatsTaken(course.id));
    fail(violations[0]);
    if (changes.certificationTypeId) {
      const [type] = await createCertificationRepository(tx, scope).typesByIds([changes.certificationTypeId]);
      if (!type)
        throw badInput(
          "certification_type_exists",
          "certificationTypeId",
          "No such certification type in the organization",
        );
    }
    const fields = Object.keys(changes).filter((k) => changes[k as keyof CourseChanges] !== undefined);
    const updated = await createCourseRepository(tx, scope).update(course.id, {
      title: next.title,
      description: next.description ?? null,
      kind: next.kind,
      capacity: next.capacity,
      startsOn: next.startsOn,
      endsOn: next.endsOn ?? null,
      location: next.location ?? null,
      certificationTypeId: next.certificationTypeId,
    });
    if (updated.capacity > course.capacity) await promoteWaiting(tx, updated, now);
    await auditChange(events, actor, course.organizationId, {
      action: "course.updated",
      subject: { type: "Course", id: course.id },
      fields,
    });
    return updated;
  });
}
