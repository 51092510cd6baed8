import type { CourseResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type CourseKind, type CourseStatus } from "../views/enums.js";

const manages = (role: string | undefined) => role === "coordinator" || role === "org_admin" || role === "global_admin";

export const Course: CourseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.course.load(ref.id),
  kind: (course) => toGraphQL<CourseKind>(course.kind),
  status: (course) => toGraphQL<CourseStatus>(course.status),
  certificationType: (course, _args, ctx) =>
    course.certificationTypeId ? ctx.loaders.certificationType.load(course.certificationTypeId) : null,
  seatsTaken: async (course, _args, ctx) =>
    (await ctx.loaders.seatingOfCourse.load(course.id)).filter(
      (e) => e.status === "registered" || e.status === "attended",
    ).length,
  // Mentors see their own enrollment only; coordinators and administrators everyone's.
  enrollments: async (course, _args, ctx) => {
    const all = await ctx.loaders.enrollmentsOfCourse.load(course.id);
    return manages(ctx.viewer?.role) ? all : all.filter((e) => e.userId === ctx.viewer?.userId);
  },
};
