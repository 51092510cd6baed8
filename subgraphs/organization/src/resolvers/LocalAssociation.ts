import type { LocalAssociationResolvers } from "../__generated__/resolvers-types.js";
import { listMembers } from "../application/memberships.js";
import { required } from "../views/required.js";

export const LocalAssociation: LocalAssociationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.localAssociation.load(ref.id),
  region: (la, _args, ctx) => (la.regionId ? ctx.loaders.region.load(la.regionId) : null),
  members: (la, args, ctx) => listMembers(ctx.repos.memberships, la.id, args),
  organization: (la, _args, ctx) => required(ctx.loaders.organization.load(la.organizationId), "Organization"),
};
