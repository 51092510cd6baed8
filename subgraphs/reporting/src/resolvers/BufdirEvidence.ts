import { activityTypeName, languageOf, t } from "@meander/messages";
import type { BufdirEvidenceResolvers } from "../__generated__/resolvers-types.js";

export const BufdirEvidence: BufdirEvidenceResolvers = {
  mentor: (e) => ({ id: e.userId }),
  activityTypeName: async (e, args, ctx) =>
    activityTypeName(e.activityType, languageOf(args.language), await ctx.loaders.terminology.load(e.organizationId)),
  // A frozen version's rows name what they named when it was submitted (a later rename changes only the draft).
  localAssociationName: async (e, _args, ctx) => {
    if (e.localAssociationId && e.frozenLocalAssociationName) return e.frozenLocalAssociationName;
    const terminology = await ctx.loaders.terminology.load(e.organizationId);
    if (!e.localAssociationId) return t("report.no_local_association", "nb", {}, terminology);
    return (
      (await ctx.loaders.localAssociationName.load(e.localAssociationId)) ??
      t("report.unnamed_local_association", "nb", {}, terminology)
    );
  },
  regionName: async (e, _args, ctx) => {
    if (e.regionId && e.frozenRegionName) return e.frozenRegionName;
    return e.regionId
      ? ((await ctx.loaders.regionName.load(e.regionId)) ?? t("report.unnamed_region"))
      : t("report.no_region");
  },
};
