import type { BadgeResolvers, UserBadgeResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type BadgeTrigger } from "./enums.js";

export const Badge: BadgeResolvers = {
  trigger: (badge) => toGraphQL<BadgeTrigger>(badge.trigger),
};

export const UserBadge: UserBadgeResolvers = {
  user: (award) => ({ id: award.userId }),
};
