/** Wrapped's annual summary: badges and activity types named in the caller's language. */
import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { AnnualSummaryResolvers } from "../__generated__/resolvers-types.js";
import { namedActivityTypes, namedBadges } from "../application/wrapped.js";

export const AnnualSummary: AnnualSummaryResolvers = {
  badges: (parent) => parent.badges.map((b) => b.key),
  namedBadges: (parent, args, ctx) => namedBadges(ctx.db, requireViewer(ctx), parent.badges, languageOf(args.language)),
  topActivityTypes: (parent, args, ctx) =>
    namedActivityTypes(ctx.db, requireViewer(ctx), parent.topActivityTypes, languageOf(args.language)),
};
