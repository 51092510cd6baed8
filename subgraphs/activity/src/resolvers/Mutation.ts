import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { registerActivity } from "../application/register.js";
import { approveActivity, rejectActivity } from "../application/review.js";
import { actorOf } from "./enums.js";

export const Mutation: MutationResolvers = {
  registerActivity: (_parent, { input }, ctx) =>
    registerActivity(ctx.uow, actorOf(ctx), {
      ...input,
      activityDate: input.activityDate ? new Date(input.activityDate) : null,
    }),
  approveActivity: (_parent, { id }, ctx) => approveActivity(ctx.uow, actorOf(ctx), id),
  rejectActivity: (_parent, { id, reason }, ctx) => rejectActivity(ctx.uow, actorOf(ctx), id, reason),
};
