import { requireViewer } from "@meander/subgraph-kit";
import { recordsOfProcessing } from "@meander/privacy";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listInvitations } from "../application/invitations.js";
import type { InvitationState } from "../domain/invitation.js";
import { findConfirmation, getLead, listLeads } from "../application/leads.js";
import { listLocalAssociations } from "../application/local-associations.js";
import { subjectAccessExport } from "../application/privacy/access-export.js";
import { erasureRequestsOf } from "../application/privacy/erasure.js";

export const Query: QueryResolvers = {
  myOrganization: (_parent, _args, ctx) =>
    ctx.viewer?.organizationId ? ctx.loaders.organization.load(ctx.viewer.organizationId) : null,
  organization: (_parent, { id }, ctx) => ctx.loaders.organization.load(id),
  organizations: (_parent, _args, ctx) => ctx.repos.organizations.all(),
  localAssociation: (_parent, { id }, ctx) => ctx.loaders.localAssociation.load(id),
  // The caller's organization (a global administrator outside any tenant: every organization's).
  localAssociations: (_parent, args, ctx) => listLocalAssociations(ctx.repos.localAssociations, args),
  regions: (_parent, _args, ctx) =>
    ctx.viewer?.organizationId ? ctx.loaders.regionsOf.load(ctx.viewer.organizationId) : [],
  invitations: (_parent, { localAssociationId, status }, ctx) =>
    listInvitations(
      ctx.uow,
      requireViewer(ctx),
      localAssociationId,
      (status?.toLowerCase() as InvitationState | undefined) ?? null,
      { now: ctx.now() },
    ),
  demoBookingConfirmation: (_parent, { maskedRef }, ctx) => findConfirmation(ctx.repos.leads, maskedRef),
  leads: (_parent, args, ctx) =>
    listLeads(ctx.repos.leads, requireViewer(ctx), { ...args, status: args.status?.toLowerCase() ?? null }),
  lead: (_parent, { id }, ctx) => getLead(ctx.repos.leads, requireViewer(ctx), id),
  // Plain data from @meander/privacy (the records kept beside the code): no database read.
  recordsOfProcessing: () => recordsOfProcessing(),
  subjectAccessExport: (_parent, { id }, ctx) => subjectAccessExport(ctx, requireViewer(ctx), id),
  erasureRequest: async (_parent, { id }, ctx) => (await erasureRequestsOf(ctx.uow, requireViewer(ctx), id))[0] ?? null,
  erasureRequests: (_parent, _args, ctx) => erasureRequestsOf(ctx.uow, requireViewer(ctx)),
};
