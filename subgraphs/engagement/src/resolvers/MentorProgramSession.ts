import type { MentorProgramSessionResolvers } from "../__generated__/resolvers-types.js";
import { daysOf } from "../domain/calendar.js";

export const MentorProgramSession: MentorProgramSessionResolvers = {
  days: (s) => daysOf(s.startsOn, s.endsOn),
  participants: (s, _args, ctx) => ctx.loaders.participants.load(s.id),
};
