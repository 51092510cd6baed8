/** The audit log's entries: the actor and the subject as references, labels through the per-request loader. */
import type { AuditEntryResolvers } from "../__generated__/resolvers-types.js";
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
