import type { CourseEnrollmentResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type EnrollmentStatus } from "../views/enums.js";

export const CourseEnrollment: CourseEnrollmentResolvers = {
  course: async (e, _args, ctx) => (await ctx.loaders.course.load(e.courseId))!,
  user: (e) => ({ id: e.userId }),
  status: (e) => toGraphQL<EnrollmentStatus>(e.status),
  waitlistPosition: async (e, _args, ctx) => {
    if (e.status !== "waitlisted") return null;
    const waiting = (await ctx.loaders.seatingOfCourse.load(e.courseId)).filter((x) => x.status === "waitlisted");
    const at = waiting.findIndex((x) => x.id === e.id);
    return at < 0 ? null : at + 1;
  },
};
