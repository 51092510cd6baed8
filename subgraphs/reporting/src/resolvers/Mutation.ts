import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { reportOrganization, submitReport } from "../application/bufdir-report.js";
import { deleteDefinition, saveDefinition } from "../application/report-definitions.js";
import { scheduleDefinition, unscheduleDefinition } from "../application/report-schedules.js";
import { generateTeamReport } from "../application/statistics.js";
import { requestWrapped } from "../application/wrapped.js";
import { withMentors } from "../views/statistics.js";

export const Mutation: MutationResolvers = {
  // Report definitions (issue 9 item 5).
  saveReportDefinition: (_p, args, ctx) => saveDefinition(ctx.uow, requireViewer(ctx), null, args.input) as never,
  updateReportDefinition: (_p, args, ctx) => saveDefinition(ctx.uow, requireViewer(ctx), args.id, args.input) as never,
  deleteReportDefinition: (_p, args, ctx) => deleteDefinition(ctx.uow, requireViewer(ctx), args.id),
  scheduleReportDefinition: (_p, args, ctx) =>
    scheduleDefinition(
      ctx.uow,
      requireViewer(ctx),
      args.id,
      args.schedule.frequency,
      args.schedule.startsAt ? new Date(args.schedule.startsAt) : null,
    ) as never,
  unscheduleReportDefinition: (_p, args, ctx) => unscheduleDefinition(ctx.uow, requireViewer(ctx), args.id),
  submitBufdirReport: (_p, args, ctx) =>
    submitReport(ctx.uow, requireViewer(ctx), reportOrganization(requireViewer(ctx), null), args.year),

  // Team reports and Wrapped.
  generateTeamReport: async (_p, args, ctx) => {
    const r = await generateTeamReport(
      ctx.db,
      requireViewer(ctx),
      { from: args.from, to: args.to },
      args.localAssociationId,
    );
    return {
      ...r,
      localAssociation: { id: r.localAssociationId },
      generatedBy: { id: r.generatedBy },
      statistics: withMentors(r.statistics),
    };
  },
  computeWrapped: (_p, args, ctx) => requestWrapped(ctx.uow, requireViewer(ctx), args.year, args.organizationId),
};
