import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { reportDefinitionMutation } from "./ReportDefinition.js";
import { reportOrganization, submitReport } from "../application/bufdir-report.js";

export const Mutation: MutationResolvers = {
  ...reportDefinitionMutation,
  submitBufdirReport: (_p, args, ctx) =>
    submitReport(ctx.uow, ctx.viewer!, reportOrganization(ctx.viewer!, null), args.year),
};
