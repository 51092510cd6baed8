import type { RegionResolvers } from "../__generated__/resolvers-types.js";
import { listLocalAssociations } from "../application/local-associations.js";
import { required } from "../views/required.js";

export const Region: RegionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.region.load(ref.id),
  organization: (region, _args, ctx) => required(ctx.loaders.organization.load(region.organizationId), "Organization"),
  localAssociations: (region, args, ctx) =>
    listLocalAssociations(ctx.repos.localAssociations, { ...args, regionId: region.id }),
};
