import type { AuditSubjectResolvers } from "../__generated__/resolvers-types.js";

export const AuditSubject: AuditSubjectResolvers = {
  // The gateway comes back with identity's personName (label @requires it). A subject exists for a caller only
  // as the subject of an entry of a log they may read (anything else resolves to null).
  __resolveReference: async (ref, ctx) => ((await ctx.loaders.subjectInLog.load(ref.id)) ? ref : null),
  label: async (s, _a, ctx) => s.personName ?? ctx.loaders.subjectLabels.load({ type: s.type, id: s.id }),
  user: (s) => (s.type === "User" ? { id: s.id } : null),
};
