import type { PeerMentorProfileResolvers } from "../__generated__/resolvers-types.js";
import { currentStatus } from "../application/peer-mentors.js";
import { mentorStatus as status } from "../views/enums.js";

export const PeerMentorProfile: PeerMentorProfileResolvers = {
  status: async (profile, _args, ctx) => status(await currentStatus(await ctx.db(), ctx.scope, profile.userId)),
  availabilitySlots: (profile) => profile.availabilitySlots,
};
