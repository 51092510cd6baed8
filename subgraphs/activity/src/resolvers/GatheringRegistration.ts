import type { GatheringRegistrationResolvers } from "../__generated__/resolvers-types.js";

export const GatheringRegistration: GatheringRegistrationResolvers = {
  gathering: async (r, _args, ctx) => (await ctx.loaders.gatherings.gathering.load(r.gatheringId))!,
  user: (r) => ({ id: r.userId }),
  registeredBy: (r) => ({ id: r.registeredBy }),
  status: (r) => r.status.toUpperCase() as "REGISTERED" | "ATTENDED" | "ABSENT",
};
