import type { LocalAssociationResolvers } from "../__generated__/resolvers-types.js";

export const LocalAssociation: LocalAssociationResolvers = {
  // organization owns LocalAssociation: a stub by key; the counts below are scoped per viewer.
  __resolveReference: (ref) => ({ id: ref.id }),
  activityStats: (la, _args, ctx) => ctx.loaders.activityStats.load(la.id),
};
