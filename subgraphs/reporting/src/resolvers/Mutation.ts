import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { reportDefinitionMutation } from "./ReportDefinition.js";
import { reportOrganization, submitReport } from "../application/bufdir-report.js";

export const Mutation: MutationResolvers = {
  ...reportDefinitionMutation,
  submitBufdirReport: (_p, args, ctx) =>
    submitReport(ctx.uow, requireViewer(ctx), reportOrganization(requireViewer(ctx), null), args.year),
};
