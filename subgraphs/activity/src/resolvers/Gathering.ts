/** Gatherings: thin resolvers over application/gatherings.ts, read through the request's gathering loaders. */
import type { GatheringResolvers, GatheringStatus as GqlStatus } from "../__generated__/resolvers-types.js";
import type { GatheringStatus } from "../domain/gathering.js";

const statusOut = (s: GatheringStatus) => s.toUpperCase() as GqlStatus;

export const Gathering: GatheringResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.gatherings.gathering.load(ref.id),
  localAssociation: (g) => ({ id: g.localAssociationId }),
  organizer: (g) => ({ id: g.createdBy }),
  activityTypeKey: (g) => g.activityType,
  status: (g) => statusOut(g.status),
  registrations: (g, _args, ctx) => ctx.loaders.gatherings.registrations.load(g.id),
  registeredCount: async (g, _args, ctx) => (await ctx.loaders.gatherings.registrations.load(g.id)).length,
  spotsLeft: async (g, _args, ctx) =>
    g.capacity === null
      ? null
      : Math.max(0, g.capacity - (await ctx.loaders.gatherings.registrations.load(g.id)).length),
};
