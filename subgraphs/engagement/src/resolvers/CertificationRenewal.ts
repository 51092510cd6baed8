import type { CertificationRenewalResolvers } from "../__generated__/resolvers-types.js";

export const CertificationRenewal: CertificationRenewalResolvers = {
  course: (r, _args, ctx) => (r.courseId ? ctx.loaders.course.load(r.courseId) : null),
};
