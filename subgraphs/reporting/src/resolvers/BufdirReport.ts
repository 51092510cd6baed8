import { t } from "@meander/messages";
import type { BufdirEvidenceResolvers, BufdirRegionResolvers, BufdirReportResolvers } from "../__generated__/resolvers-types.js";

export const BufdirReport: BufdirReportResolvers = {
  submittedBy: (r) => (r.submittedBy ? { id: r.submittedBy } : null),
  mentors: (r) => r.mentorIds.map((id) => ({ id })),
};

export const BufdirEvidence: BufdirEvidenceResolvers = {
  mentor: (e) => ({ id: e.userId }),
};

export const BufdirRegion: BufdirRegionResolvers = {
  name: async (g, _args, ctx) => (g.regionId === null || g.regionId === undefined ? t("report.no_region") : ((await ctx.loaders.regionName.load(g.regionId)) ?? t("report.unnamed_region"))),
};
