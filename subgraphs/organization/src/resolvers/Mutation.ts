import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { inviteMember, revokeInvitation } from "../application/invitations.js";
import { bookDemo, updateLeadStatus } from "../application/leads.js";
import {
  createLocalAssociation,
  deactivateLocalAssociation,
  moveLocalAssociation,
  renameLocalAssociation,
} from "../application/local-associations.js";
import { addMembership, removeMembership, setPrimaryMembership } from "../application/memberships.js";
import { onboardOrganization } from "../application/onboarding.js";
import { downloadSubjectAccessExport, requestSubjectAccessExport } from "../application/privacy/access-export.js";
import { createRegion } from "../application/regions.js";
import { configureAccountingIntegration } from "../application/integrations.js";
import { updateOrganizationSettings } from "../application/settings.js";
import {
  addExternalResource,
  archiveExternalResource,
  reorderExternalResources,
  updateExternalResource,
} from "../application/external-resources.js";
import { confirmErasure, requestErasure } from "../application/privacy/erasure.js";
import type { ErasureReason } from "../domain/erasure.js";
import type { MembershipRoleName } from "../domain/membership.js";

export const Mutation: MutationResolvers = {
  createOrganization: (_parent, { input }, ctx) =>
    onboardOrganization(ctx.uow, requireViewer(ctx), input, { now: ctx.now() }),
  createRegion: (_parent, { input }, ctx) => createRegion(ctx.uow, requireViewer(ctx), input),
  requestErasure: (_parent, { input }, ctx) =>
    requestErasure(
      ctx.uow,
      requireViewer(ctx),
      { subject: input.subject, reason: input.reason.toLowerCase() as ErasureReason },
      { now: ctx.now() },
    ),
  confirmErasure: (_parent, { requestId }, ctx) =>
    confirmErasure(ctx.uow, requireViewer(ctx), requestId, { now: ctx.now() }),
  createLocalAssociation: (_parent, { input }, ctx) => createLocalAssociation(ctx.uow, requireViewer(ctx), input),
  renameLocalAssociation: (_parent, { id, name }, ctx) => renameLocalAssociation(ctx.uow, requireViewer(ctx), id, name),
  moveLocalAssociation: (_parent, { id, regionId }, ctx) =>
    moveLocalAssociation(ctx.uow, requireViewer(ctx), id, regionId ?? null),
  deactivateLocalAssociation: (_parent, { id }, ctx) => deactivateLocalAssociation(ctx.uow, requireViewer(ctx), id),
  addMembership: (_parent, { input }, ctx) =>
    addMembership(ctx.uow, requireViewer(ctx), { ...input, role: input.role.toLowerCase() as MembershipRoleName }),
  setPrimaryMembership: (_parent, { membershipId }, ctx) =>
    setPrimaryMembership(ctx.uow, requireViewer(ctx), membershipId),
  inviteMember: (_parent, { input }, ctx) =>
    inviteMember(
      ctx.uow,
      requireViewer(ctx),
      { ...input, role: input.role.toLowerCase() as MembershipRoleName },
      { now: ctx.now() },
    ),
  revokeInvitation: (_parent, { id }, ctx) => revokeInvitation(ctx.uow, requireViewer(ctx), id, { now: ctx.now() }),
  removeMembership: (_parent, { id }, ctx) => removeMembership(ctx.uow, requireViewer(ctx), id),
  bookDemo: async (_parent, { input }, ctx) => {
    const form = { ...input, organizationSize: input.organizationSize?.toLowerCase() ?? null };
    const { submittedAt } = await bookDemo(
      { uow: ctx.uow, rateLimit: ctx.bookingRateLimit, now: ctx.now },
      form,
      ctx.clientIp,
    );
    return { firstName: input.firstName!.trim(), organizationName: input.organizationName!.trim(), submittedAt };
  },
  updateOrganizationSettings: (_parent, { input }, ctx) =>
    updateOrganizationSettings(
      ctx.uow,
      requireViewer(ctx),
      {
        ...input,
        sensitiveFieldPolicy: input.sensitiveFieldPolicy?.map((r) => ({
          ...r,
          field: r.field.toLowerCase(),
          hiddenFromRoles: r.hiddenFromRoles.map((x) => x.toLowerCase()),
        })),
      },
      { now: ctx.now() },
    ),
  addExternalResource: (_parent, { organizationId, input }, ctx) =>
    addExternalResource(ctx.uow, requireViewer(ctx), organizationId, input),
  updateExternalResource: (_parent, { organizationId, id, input }, ctx) =>
    updateExternalResource(ctx.uow, requireViewer(ctx), organizationId, id, input),
  archiveExternalResource: (_parent, { organizationId, id, archived }, ctx) =>
    archiveExternalResource(ctx.uow, requireViewer(ctx), organizationId, id, archived ?? true, { now: ctx.now() }),
  reorderExternalResources: (_parent, { organizationId, ids }, ctx) =>
    reorderExternalResources(ctx.uow, requireViewer(ctx), organizationId, ids),
  configureAccountingIntegration: (_parent, { input }, ctx) =>
    configureAccountingIntegration({ uow: ctx.uow, envelope: ctx.envelope }, requireViewer(ctx), input, {
      now: ctx.now(),
    }),
  requestSubjectAccessExport: (_parent, { input }, ctx) =>
    requestSubjectAccessExport(ctx, requireViewer(ctx), input.subject),
  downloadSubjectAccessExport: (_parent, { id }, ctx) => downloadSubjectAccessExport(ctx, requireViewer(ctx), id),
  updateLeadStatus: (_parent, { id, status }, ctx) =>
    updateLeadStatus(ctx.uow, requireViewer(ctx), id, status.toLowerCase(), { now: ctx.now() }),
};
