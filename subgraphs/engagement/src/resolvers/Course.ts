import type { CourseResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type CourseKind, type CourseStatus } from "./enums.js";

export const Course: CourseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.course.load(ref.id),
  kind: (course) => toGraphQL<CourseKind>(course.kind),
  status: (course) => toGraphQL<CourseStatus>(course.status),
};
