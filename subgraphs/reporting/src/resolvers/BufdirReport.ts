import { activityTypeName, languageOf, t } from "@meander/messages";
import type { BufdirEvidenceResolvers, BufdirRegionResolvers, BufdirReportResolvers } from "../__generated__/resolvers-types.js";

export const BufdirReport: BufdirReportResolvers = {
  submittedBy: (r) => (r.submittedBy ? { id: r.submittedBy } : null),
  mentors: (r) => r.mentorIds.map((id) => ({ id })),
};

export const BufdirEvidence: BufdirEvidenceResolvers = {
  mentor: (e) => ({ id: e.userId }),
  activityTypeName: async (e, args, ctx) => activityTypeName(e.activityType, languageOf(args.language), await ctx.loaders.terminology.load(e.organizationId)),
  localAssociationName: async (e, _args, ctx) => {
    const terminology = await ctx.loaders.terminology.load(e.organizationId);
    if (!e.localAssociationId) return t("report.no_local_association", "nb", {}, terminology);
    return (await ctx.loaders.localAssociationName.load(e.localAssociationId)) ?? t("report.unnamed_local_association", "nb", {}, terminology);
  },
  regionName: async (e, _args, ctx) => (e.regionId ? ((await ctx.loaders.regionName.load(e.regionId)) ?? t("report.unnamed_region")) : t("report.no_region")),
};

export const BufdirRegion: BufdirRegionResolvers = {
  name: async (g, _args, ctx) => (g.regionId === null || g.regionId === undefined ? t("report.no_region") : ((await ctx.loaders.regionName.load(g.regionId)) ?? t("report.unnamed_region"))),
};
