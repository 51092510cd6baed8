import type { UserResolvers } from "../__generated__/resolvers-types.js";
import { mayReadMentorData, mentorProfileOf, mentorStatusLogOf } from "../application/peer-mentors.js";
import { openUserField, readableProfile } from "../application/subject-keys.js";
import { displayName } from "../domain/user.js";

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
  displayName: (user) => displayName(user),
  status: (user) => (user.status === "active" ? "ACTIVE" : "DEACTIVATED"),
  preferredLanguage: (user) => user.preferredLanguage.toUpperCase() as "NB" | "NN" | "EN",
  // The parent came through the scoped repository; among those who see the user, mentors see only their own.
  // Encrypted under the user's key (issue 24 item 1): decrypted here, null once the user is erased.
  phone: async (user, _args, ctx) =>
    openUserField(await ctx.db(), ctx.runtime.envelope, user.id, "users:phone", {
      enc: user.phoneEnc,
      legacy: user.phoneLegacy,
    }),
  peerMentorProfile: async (user, _args, ctx) => {
    if (!mayReadMentorData(ctx.viewer, user.id)) return null;
    const db = await ctx.db();
    const row = await mentorProfileOf(db, ctx.scope, user.id);
    return row ? readableProfile(db, ctx.runtime.envelope, row) : null;
  },
  peerMentorStatusLog: async (user, _args, ctx) =>
    mayReadMentorData(ctx.viewer, user.id) ? mentorStatusLogOf(await ctx.db(), ctx.scope, user.id) : [],
};
