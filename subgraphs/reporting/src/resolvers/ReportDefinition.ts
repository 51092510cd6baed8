/** Report definitions (issue 9 item 5): thin resolvers over application/report-definitions.ts and report-schedules.ts. */
import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { MutationResolvers, QueryResolvers, ReportResultResolvers } from "../__generated__/resolvers-types.js";
import { adminOrganization, type ReportResultView } from "../application/report-definitions.js";
import { labelledRows } from "../application/report-labels.js";
import {
  deleteDefinition,
  getDefinition,
  listDefinitions,
  runDefinition,
  saveDefinition,
} from "../application/report-definitions.js";
import { listRuns, scheduleDefinition, unscheduleDefinition } from "../application/report-schedules.js";

export const reportDefinitionQuery: QueryResolvers = {
  reportDefinitions: (_p, _a, ctx) => listDefinitions(ctx.db, requireViewer(ctx)) as never,
  reportDefinition: (_p, args, ctx) => getDefinition(ctx.db, requireViewer(ctx), args.id) as never,
  runReportDefinition: (_p, args, ctx) => runDefinition(ctx.db, requireViewer(ctx), args.id, args.asOf) as never,
  reportRuns: (_p, args, ctx) => listRuns(ctx.db, requireViewer(ctx), args.definitionId, args.first) as never,
};

export const reportDefinitionMutation: MutationResolvers = {
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
};

/** Rows with their labels (names), looked up for the whole result at once. */
export const ReportResult: ReportResultResolvers = {
  rows: (parent, args, ctx) =>
    labelledRows(
      ctx.db,
      adminOrganization(requireViewer(ctx)),
      parent as unknown as ReportResultView,
      languageOf(args.language),
    ) as never,
};
