import type { WorkshopParticipantResolvers } from "../__generated__/resolvers-types.js";

export const WorkshopParticipant: WorkshopParticipantResolvers = {
  user: (p) => ({ id: p.userId }),
  attendance: async (p, _args, ctx) =>
    (await ctx.loaders.attendance.load(p.id)).map((a) => ({ day: a.day, present: a.present })),
  daysPresent: async (p, _args, ctx) => (await ctx.loaders.attendance.load(p.id)).filter((a) => a.present).length,
};
