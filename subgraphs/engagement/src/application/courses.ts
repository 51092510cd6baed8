/** Course use cases: one transaction each. */
import { refuseIfAny, forbiddenBy } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createCertificationRepository } from "../db/repositories/certifications.js";
import { createCourseRepository, type CourseRow } from "../db/repositories/courses.js";
import { normalizeCourse, validateNewCourse, type CourseStatus, type NewCourse } from "../domain/course.js";

/**
 * Creates a course in the actor's organization. The event catalog has no
 * course event yet, so nothing is emitted (see README).
 */
export async function createCourse(
  uow: UnitOfWork,
  scope: Scope,
  input: NewCourse & { id?: string; status?: CourseStatus; certificationTypeId?: string | null },
  actorId: string | null,
): Promise<CourseRow> {
  const organizationId = scope.organizationId;
  if (!organizationId)
    throw forbiddenBy("organization_context_required", "A course belongs to an organization: act within one");
  const found = validateNewCourse(input);
  return uow.run(scope, async (tx) => {
    // Every fault at once: an unknown certification type beside the course's own faults.
    const [type] = input.certificationTypeId
      ? await createCertificationRepository(tx, scope).typesByIds([input.certificationTypeId])
      : [];
    refuseIfAny([
      ...found,
      input.certificationTypeId && !type
        ? {
            rule: "certification_type_exists",
            field: "certificationTypeId",
            message: "No such certification type in the organization",
          }
        : null,
    ]);
    const course = normalizeCourse(input);
    return createCourseRepository(tx, scope).insert({
      id: input.id ?? randomUUID(),
      organizationId,
      title: course.title,
      description: course.description ?? null,
      kind: course.kind,
      capacity: course.capacity,
      startsOn: course.startsOn,
      endsOn: course.endsOn ?? null,
      location: course.location ?? null,
      status: input.status ?? "planned",
      createdBy: actorId,
      certificationTypeId: input.certificationTypeId ?? null,
    });
  });
}
