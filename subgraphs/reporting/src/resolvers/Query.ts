import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listActivityStats } from "../application/activity-stats.js";

export const Query: QueryResolvers = {
  activityStatsByLocalAssociation: (_parent, _args, ctx) => listActivityStats(ctx.activityCounts, ctx.viewer),
};
