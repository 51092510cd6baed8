import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listSessions } from "../application/revocation.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { contextOf } from "../domain/session.js";

export const Query: QueryResolvers = {
  me: (_parent, _args, ctx) => (ctx.viewer ? ctx.loaders.user.load(ctx.viewer.userId) : null),
  user: (_parent, { id }, ctx) => ctx.loaders.user.load(id),
  myContext: async (_parent, _args, ctx) => {
    const v = ctx.viewer!;
    const session = await ctx.session();
    return { membershipId: session?.membershipId ?? null, organizationId: v.organizationId, localAssociationId: v.localAssociationId, role: v.role };
  },
  myMemberships: async (_parent, _args, ctx) => (await createMembershipRepository(ctx.db).ofUser(ctx.viewer!.userId)).map(contextOf),
  mySessions: (_parent, _args, ctx) => listSessions(ctx.db, ctx.viewer!),
};
