import type { CertificationResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type CertificationStatus } from "../views/enums.js";

export const Certification: CertificationResolvers = {
  user: (c) => ({ id: c.userId }),
  type: async (c, _args, ctx) => (await ctx.loaders.certificationType.load(c.typeId))!,
  course: (c, _args, ctx) => (c.courseId ? ctx.loaders.course.load(c.courseId) : null),
  status: (c) => toGraphQL<CertificationStatus>(c.status),
  renewals: (c, _args, ctx) => ctx.loaders.renewals.load(c.id),
};
