import type { UserResolvers } from "../__generated__/resolvers-types.js";

/** identity's User, extended by key with the badges and certifications held in the caller's organization. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  badges: (user, _args, ctx) => ctx.loaders.badgesOfUser.load(user.id),
  // A mentor sees their own certifications; coordinators and administrators everyone's in the organization.
  certifications: (user, _args, ctx) =>
    user.id === ctx.viewer?.userId || (ctx.viewer && ctx.viewer.role !== "peer_mentor")
      ? ctx.loaders.certificationsOfUser.load(user.id)
      : [],
};
