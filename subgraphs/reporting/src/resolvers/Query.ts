import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listActivityStats } from "../application/activity-stats.js";
import { auditChainOrganization, listAuditLog, verifyAuditChain } from "../application/audit-log.js";
import { auditedExport } from "../application/bufdir-export.js";
import { reportEvidence, reportOrganization, reportVersion, reportVersions } from "../application/bufdir-report.js";
import { getDefinition, listDefinitions, runDefinition } from "../application/report-definitions.js";
import { listRuns } from "../application/report-schedules.js";
import { listTeamReports, myStatistics, organizationKpis, teamStatisticsFor } from "../application/statistics.js";
import { myWrapped } from "../application/wrapped.js";
import { withMentors } from "../views/statistics.js";

export const Query: QueryResolvers = {
  // Report definitions (issue 9 item 5): thin over application/report-definitions.ts and report-schedules.ts.
  reportDefinitions: (_p, _a, ctx) => listDefinitions(ctx.db, requireViewer(ctx)) as never,
  reportDefinition: (_p, args, ctx) => getDefinition(ctx.db, requireViewer(ctx), args.id) as never,
  runReportDefinition: (_p, args, ctx) => runDefinition(ctx.db, requireViewer(ctx), args.id, args.asOf) as never,
  reportRuns: (_p, args, ctx) => listRuns(ctx.db, requireViewer(ctx), args.definitionId, args.first) as never,
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

  // Statistics, team reports, KPIs and Wrapped (thin: the use cases decide scope).
  myStatistics: async (_p, args, ctx) => {
    const s = await myStatistics(ctx.db, requireViewer(ctx), args.asOf);
    return { user: { id: s.userId }, thisMonth: s.thisMonth, thisYear: s.thisYear };
  },
  teamStatistics: async (_p, args, ctx) => {
    const t = await teamStatisticsFor(
      ctx.db,
      requireViewer(ctx),
      { from: args.from, to: args.to },
      args.localAssociationId,
    );
    return { ...t, localAssociations: t.localAssociations.map(withMentors) };
  },
  teamReports: async (_p, args, ctx) =>
    (await listTeamReports(ctx.db, requireViewer(ctx), args.localAssociationId)).map((r) => ({
      ...r,
      localAssociation: { id: r.localAssociationId },
      generatedBy: { id: r.generatedBy },
      statistics: withMentors(r.statistics),
    })),
  organizationKpis: (_p, args, ctx) => organizationKpis(ctx.db, requireViewer(ctx), args.year, args.organizationId),
  myWrapped: async (_p, args, ctx) => {
    const w = await myWrapped(ctx.db, requireViewer(ctx), args.year);
    return w ? { ...w, user: { id: w.userId } } : null;
  },
};
