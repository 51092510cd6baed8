import type { UserBadgeResolvers } from "../__generated__/resolvers-types.js";

export const UserBadge: UserBadgeResolvers = {
  user: (award) => ({ id: award.userId }),
};
