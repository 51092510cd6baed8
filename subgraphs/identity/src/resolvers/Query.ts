import { requireViewer } from "@meander/subgraph-kit";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listSessions } from "../application/revocation.js";
import { myDeviceTokens } from "../application/device-tokens.js";
import { mySettings } from "../application/settings.js";
import { productAllowed, ROLE_CATALOG } from "../domain/roles.js";
import { myContexts } from "../application/sessions.js";

export const Query: QueryResolvers = {
  me: (_parent, _args, ctx) => (ctx.viewer ? ctx.loaders.user.load(ctx.viewer.userId) : null),
  user: (_parent, { id }, ctx) => ctx.loaders.user.load(id),
  myContext: async (_parent, _args, ctx) => {
    const v = requireViewer(ctx);
    const session = await ctx.session();
    return {
      membershipId: session?.membershipId ?? null,
      organizationId: v.organizationId,
      localAssociationId: v.localAssociationId,
      role: v.role,
    };
  },
  myMemberships: async (_parent, _args, ctx) => myContexts(await ctx.db(), requireViewer(ctx).userId),
  mySessions: async (_parent, _args, ctx) => listSessions(await ctx.db(), requireViewer(ctx)),
  roles: () => [...ROLE_CATALOG],
  canUseProduct: (_parent, { product }, ctx) =>
    productAllowed(requireViewer(ctx).role, product === "MOBILE_APP" ? "mobile_app" : "admin_web"),
  mySettings: async (_parent, _args, ctx) => mySettings(await ctx.db(), requireViewer(ctx).userId),
  myDeviceTokens: async (_parent, _args, ctx) => myDeviceTokens(await ctx.db(), requireViewer(ctx)),
};
