import type { UserResolvers } from "../__generated__/resolvers-types.js";
import { listActivities } from "../application/queries.js";

/** identity owns User; this subgraph adds the activities the user performed (as far as the caller may see them). */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (user, { first, after }, ctx) =>
    listActivities(ctx.repos.activities, { first, after }, { userId: user.id }),
};
