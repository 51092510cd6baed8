/** Every subgraph's audit entries, chained per organization (idempotent through the consumer and the event id). */
import type { ConsumerHandlers } from "@meander/events";
import { appendAuditEntry } from "../application/audit-log.js";

export const auditHandlers: ConsumerHandlers = {
  "identity.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
  "organization.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
  "activity.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
  "finance.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
  "engagement.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
  "reporting.audit.recorded": (event, tx) => appendAuditEntry(tx, event),
};
