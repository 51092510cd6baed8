/** The audit log's entries: the actor and the subject as references, labels through the per-request loader. */
import type { AuditEntryResolvers, AuditSubjectResolvers } from "../__generated__/resolvers-types.js";
import { describeAction } from "../domain/audit-labels.js";

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => e.eventId,
  organizationId: (e) => e.organizationId,
  occurredAt: (e) => new Date(e.occurredAt),
  description: (e) => describeAction(e.action),
  actor: (e) => (e.actorId ? { id: e.actorId } : null),
  subject: (e) => (e.subjectType && e.subjectId ? { type: e.subjectType, id: e.subjectId } : null),
  fields: (e) => e.fields,
};

export const AuditSubject: AuditSubjectResolvers = {
  // The gateway comes back with identity's personName (label @requires it). A subject exists for a caller only
  // as the subject of an entry of a log they may read (anything else resolves to null).
  __resolveReference: async (ref, ctx) => ((await ctx.loaders.subjectInLog.load(ref.id)) ? ref : null),
  label: async (s, _a, ctx) => s.personName ?? ctx.loaders.subjectLabels.load({ type: s.type, id: s.id }),
  user: (s) => (s.type === "User" ? { id: s.id } : null),
};
