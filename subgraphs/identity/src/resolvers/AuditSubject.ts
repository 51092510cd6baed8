/** Names the people in reporting's audit log at read time, through the same scoped loader as User (who may not see the user gets null). */
import { isUuid } from "@meander/db";
import type { AuditSubjectResolvers } from "../__generated__/resolvers-types.js";
import { displayName } from "../domain/user.js";

export const AuditSubject: AuditSubjectResolvers = {
  // A person the caller may not see is no subject for them at all (null, like User); other kinds of subject are not identity's to name.
  __resolveReference: async (ref, ctx) => {
    if (ref.type !== "User") return { type: ref.type, id: ref.id, personName: null };
    const user = isUuid(ref.id) ? await ctx.loaders.user.load(ref.id) : null;
    return user ? { type: ref.type, id: ref.id, personName: displayName(user) } : null;
  },
};
