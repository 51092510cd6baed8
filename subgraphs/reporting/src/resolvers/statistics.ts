/** Statistics, team reports, KPIs and Wrapped (thin: the use cases decide scope). */
import { requireViewer } from "@meander/subgraph-kit";
import { languageOf } from "@meander/messages";
import type { AnnualSummaryResolvers, MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";
import {
  generateTeamReport,
  listTeamReports,
  myStatistics,
  organizationKpis,
  teamStatisticsFor,
} from "../application/statistics.js";
import { myWrapped, namedActivityTypes, namedBadges, requestWrapped } from "../application/wrapped.js";
import type { LocalAssociationTeamStatistics } from "../domain/statistics-fold.js";

const withMentors = (s: LocalAssociationTeamStatistics) => ({
  localAssociationId: s.localAssociationId,
  localAssociation: { id: s.localAssociationId },
  totals: s.totals,
  mentors: s.mentors.map((m) => ({ ...m, mentor: { id: m.userId } })),
});

export const statisticsQuery: QueryResolvers = {
  myStatistics: async (_p, args, ctx) => {
    const s = await myStatistics(ctx.db, requireViewer(ctx), args.asOf);
    return { user: { id: s.userId }, thisMonth: s.thisMonth, thisYear: s.thisYear };
  },
  teamStatistics: async (_p, args, ctx) => {
    const t = await teamStatisticsFor(
      ctx.db,
      requireViewer(ctx),
      { from: args.from, to: args.to },
      args.localAssociationId,
    );
    return { ...t, localAssociations: t.localAssociations.map(withMentors) };
  },
  teamReports: async (_p, args, ctx) =>
    (await listTeamReports(ctx.db, requireViewer(ctx), args.localAssociationId)).map((r) => ({
      ...r,
      localAssociation: { id: r.localAssociationId },
      generatedBy: { id: r.generatedBy },
      statistics: withMentors(r.statistics),
    })),
  organizationKpis: (_p, args, ctx) => organizationKpis(ctx.db, requireViewer(ctx), args.year, args.organizationId),
  myWrapped: async (_p, args, ctx) => {
    const w = await myWrapped(ctx.db, requireViewer(ctx), args.year);
    return w ? { ...w, user: { id: w.userId } } : null;
  },
};

export const statisticsMutation: MutationResolvers = {
  generateTeamReport: async (_p, args, ctx) => {
    const r = await generateTeamReport(
      ctx.db,
      requireViewer(ctx),
      { from: args.from, to: args.to },
      args.localAssociationId,
    );
    return {
      ...r,
      localAssociation: { id: r.localAssociationId },
      generatedBy: { id: r.generatedBy },
      statistics: withMentors(r.statistics),
    };
  },
  computeWrapped: (_p, args, ctx) => requestWrapped(ctx.uow, requireViewer(ctx), args.year, args.organizationId),
};

export const AnnualSummary: AnnualSummaryResolvers = {
  badges: (parent) => parent.badges.map((b) => b.key),
  namedBadges: (parent, args, ctx) => namedBadges(ctx.db, requireViewer(ctx), parent.badges, languageOf(args.language)),
  topActivityTypes: (parent, args, ctx) =>
    namedActivityTypes(ctx.db, requireViewer(ctx), parent.topActivityTypes, languageOf(args.language)),
};
