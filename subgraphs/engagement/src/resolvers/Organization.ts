import type { OrganizationResolvers } from "../__generated__/resolvers-types.js";
import { coursePage } from "../views/course-page.js";

/** organization's Organization, extended by key with its courses (the scoped repository hides other organizations'). */
export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  courses: (org, args, ctx) => coursePage(ctx, args, org.id),
};
