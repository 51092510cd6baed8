import type { InvitationResolvers, InvitationStatus, MembershipRole } from "../__generated__/resolvers-types.js";
import { invitationState } from "../domain/invitation.js";
import { required } from "../views/required.js";

export const Invitation: InvitationResolvers = {
  localAssociation: (inv, _args, ctx) =>
    required(ctx.loaders.localAssociation.load(inv.localAssociationId), "Local association"),
  role: (inv) => inv.role.toUpperCase() as MembershipRole,
  status: (inv) => invitationState(inv, new Date()).toUpperCase() as InvitationStatus,
  membership: async (inv, _args, ctx) =>
    inv.membershipId ? ((await ctx.repos.memberships.byIds([inv.membershipId]))[0] ?? null) : null,
};
