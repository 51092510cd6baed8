/** Names the people in reporting's audit log at read time, through the same scoped loader as User (who may not see the user gets null). */
import { isUuid } from "@meander/db";
import type { AuditSubjectResolvers } from "../__generated__/resolvers-types.js";
import { displayName } from "../domain/user.js";

export const AuditSubject: AuditSubjectResolvers = {
  __resolveReference: async (ref, ctx) => {
    const user = ref.type === "User" && isUuid(ref.id) ? await ctx.loaders.user.load(ref.id) : null;
    return { type: ref.type, id: ref.id, personName: user ? displayName(user) : null };
  },
};
