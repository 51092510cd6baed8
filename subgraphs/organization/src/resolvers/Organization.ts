import { notFound } from "@meander/validation";
import type { OrganizationResolvers } from "../__generated__/resolvers-types.js";
import { listLocalAssociations } from "../application/local-associations.js";

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.organization.load(ref.id),
  settings: async (org, _args, ctx) => {
    const settings = await ctx.loaders.settings.load(org.id);
    if (!settings) throw notFound("Organization settings");
    return settings;
  },
  regions: (org, _args, ctx) => ctx.loaders.regionsOf.load(org.id),
  localAssociations: (org, args, ctx) =>
    listLocalAssociations(ctx.repos.localAssociations, { ...args, organizationId: org.id }),
};
