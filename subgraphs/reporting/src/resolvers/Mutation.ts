import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { reportOrganization, submitReport } from "../application/bufdir-report.js";

export const Mutation: MutationResolvers = {
  submitBufdirReport: (_p, args, ctx) => submitReport(ctx.db, ctx.viewer!, reportOrganization(ctx.viewer!, null), args.year),
};
