/** Report definitions' results (issue 9 item 5). */
import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { ReportResultResolvers } from "../__generated__/resolvers-types.js";
import { adminOrganization, type ReportResultView } from "../application/report-definitions.js";
import { labelledRows } from "../application/report-labels.js";

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
