import type { PeerMentorStatusEntryResolvers } from "../__generated__/resolvers-types.js";
import { mentorStatus as status } from "../views/enums.js";

export const PeerMentorStatusEntry: PeerMentorStatusEntryResolvers = {
  from: (entry) => (entry.fromStatus ? status(entry.fromStatus) : null),
  to: (entry) => status(entry.toStatus),
  actor: (entry, _args, ctx) => ctx.loaders.user.load(entry.actorId),
};
