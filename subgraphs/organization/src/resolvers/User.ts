import type { UserResolvers } from "../__generated__/resolvers-types.js";

/** identity owns User; this subgraph only adds `memberships` to a reference. */
export interface UserRef {
  id: string;
}

export const User: UserResolvers = {
  // A stub reference: whether the user exists is identity's business; memberships are scoped by the loader.
  __resolveReference: (ref) => ({ id: ref.id }),
  memberships: (user, _args, ctx) => ctx.loaders.membershipsOf.load(user.id),
};
