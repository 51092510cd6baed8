import type { UserResolvers } from "../__generated__/resolvers-types.js";

/** identity's User, extended by key with the badges held in the caller's organization. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  badges: (user, _args, ctx) => ctx.loaders.badgesOfUser.load(user.id),
};
