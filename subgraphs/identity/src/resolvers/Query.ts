import type { QueryResolvers } from "../__generated__/resolvers-types.js";

export const Query: QueryResolvers = {
  me: (_parent, _args, ctx) => (ctx.viewer ? ctx.loaders.user.load(ctx.viewer.userId) : null),
  user: (_parent, { id }, ctx) => ctx.loaders.user.load(id),
};
