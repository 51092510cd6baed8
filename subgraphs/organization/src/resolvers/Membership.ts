import type { MembershipResolvers, MembershipRole } from "../__generated__/resolvers-types.js";
import { required } from "../views/required.js";

export const Membership: MembershipResolvers = {
  user: (m) => ({ id: m.userId }),
  organization: (m, _args, ctx) => required(ctx.loaders.organization.load(m.organizationId), "Organization"),
  localAssociation: (m, _args, ctx) =>
    required(ctx.loaders.localAssociation.load(m.localAssociationId), "Local association"),
  role: (m) => m.role.toUpperCase() as MembershipRole,
};
