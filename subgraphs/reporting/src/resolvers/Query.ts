import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { reportDefinitionQuery } from "./ReportDefinition.js";
import { listActivityStats } from "../application/activity-stats.js";
import { auditedExport } from "../application/bufdir-export.js";
import { reportEvidence, reportOrganization, reportVersion, reportVersions } from "../application/bufdir-report.js";
import { auditChainOrganization, listAuditLog, verifyAuditChain } from "../application/audit-log.js";

export const Query: QueryResolvers = {
  ...reportDefinitionQuery,
  activityStatsByLocalAssociation: (_parent, _args, ctx) => listActivityStats(ctx.activityCounts, ctx.viewer),
  bufdirReport: (_p, args, ctx) =>
    reportVersion(ctx.db, reportOrganization(requireViewer(ctx), args.organizationId), args.year, args.version ?? null),
  bufdirReportVersions: (_p, args, ctx) =>
    reportVersions(ctx.db, reportOrganization(requireViewer(ctx), args.organizationId), args.year),
  bufdirEvidence: (_p, args, ctx) =>
    reportEvidence(
      ctx.db,
      reportOrganization(requireViewer(ctx), args.organizationId),
      args.year,
      args.version ?? null,
      {
        localAssociationId: args.filter?.localAssociationId,
        regionId: args.filter?.regionId,
        activityType: args.filter?.activityType,
        userId: args.filter?.mentorId,
      },
    ),
  bufdirReportExport: async (_p, args, ctx) =>
    auditedExport(
      ctx.db,
      ctx.uow,
      requireViewer(ctx),
      ctx.requestId,
      await reportVersion(
        ctx.db,
        reportOrganization(requireViewer(ctx), args.organizationId),
        args.year,
        args.version ?? null,
      ),
      args.format,
      languageOf(args.language),
    ),
  auditLog: (_p, args, ctx) => listAuditLog(ctx.db, requireViewer(ctx), args.filter ?? {}, args),
  verifyAuditChain: async (_p, args, ctx) => {
    const organizationId = auditChainOrganization(requireViewer(ctx), args.organizationId ?? null);
    return { organizationId, ...(await verifyAuditChain(ctx.db, organizationId)) };
  },
};
