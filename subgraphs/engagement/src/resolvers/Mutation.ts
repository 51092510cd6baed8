import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { createCourse } from "../application/courses.js";
import type { CourseKind as DomainCourseKind, CourseStatus as DomainCourseStatus } from "../domain/course.js";
import { fromGraphQL } from "./enums.js";

export const Mutation: MutationResolvers = {
  createCourse: (_parent, { input }, ctx) =>
    createCourse(
      ctx.uow,
      ctx.scope!, // the permission rule admits signed-in coordinators and administrators only
      {
        title: input.title,
        description: input.description,
        kind: fromGraphQL<DomainCourseKind>(input.kind),
        capacity: input.capacity,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        location: input.location,
        status: input.status ? fromGraphQL<DomainCourseStatus>(input.status) : undefined,
      },
      ctx.viewer!.userId,
    ),
};
