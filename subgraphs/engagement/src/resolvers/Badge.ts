import type { BadgeResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type BadgeTrigger } from "../views/enums.js";

export const Badge: BadgeResolvers = {
  trigger: (badge) => toGraphQL<BadgeTrigger>(badge.trigger),
};
