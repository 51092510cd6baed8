import type { UserResolvers } from "../__generated__/resolvers-types.js";
import { displayName } from "../domain/user.js";

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
  displayName: (user) => displayName(user),
  status: (user) => (user.status === "active" ? "ACTIVE" : "DEACTIVATED"),
  preferredLanguage: (user) => user.preferredLanguage.toUpperCase() as "NB" | "NN" | "EN",
};
