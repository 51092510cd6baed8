import { t } from "@meander/messages";
import type { BufdirRegionResolvers } from "../__generated__/resolvers-types.js";

export const BufdirRegion: BufdirRegionResolvers = {
  // A submitted version's region keeps the name it had then; a draft's is read now.
  name: async (g, _args, ctx) =>
    g.regionId === null || g.regionId === undefined
      ? t("report.no_region")
      : (g.name ?? (await ctx.loaders.regionName.load(g.regionId)) ?? t("report.unnamed_region")),
};
