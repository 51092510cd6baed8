import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { coursePage } from "./course-page.js";

export const Query: QueryResolvers = {
  course: (_parent, { id }, ctx) => ctx.loaders.course.load(id),
  courses: (_parent, args, ctx) => coursePage(ctx, args),
  badges: (_parent, _args, ctx) => ctx.repos.badges.catalog(),
};
