import type { UserResolvers } from "../__generated__/resolvers-types.js";
import { mayReadMentorData } from "../application/peer-mentors.js";
import { createProfileRepository } from "../db/repositories/profiles.js";
import { displayName } from "../domain/user.js";

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
  displayName: (user) => displayName(user),
  status: (user) => (user.status === "active" ? "ACTIVE" : "DEACTIVATED"),
  preferredLanguage: (user) => user.preferredLanguage.toUpperCase() as "NB" | "NN" | "EN",
  // The parent came through the scoped repository; among those who see the user, mentors see only their own.
  peerMentorProfile: async (user, _args, ctx) => (mayReadMentorData(ctx.viewer, user.id) ? createProfileRepository(await ctx.db()).byUserId(user.id) : null),
  peerMentorStatusLog: async (user, _args, ctx) => (mayReadMentorData(ctx.viewer, user.id) ? createProfileRepository(await ctx.db()).logOf(user.id) : []),
};
