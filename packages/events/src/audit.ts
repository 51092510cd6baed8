/**
 * One way for every subgraph to write an audit entry (`<subgraph>.audit.recorded`)
 * through the unit of work's emitter, so the entry leaves in the same
 * transaction as the change it records. Ids only: never a name, an e-mail or
 * free text (reporting resolves readable labels when the log is read).
 */
import type { NewEvent } from "./outbox.js";
import type { Emitter } from "./unit-of-work.js";

const NO_ID = "00000000-0000-0000-0000-000000000000";

export type AuditSource = "identity" | "organization" | "activity" | "finance" | "engagement" | "reporting";

export interface AuditRecord {
  /** What happened, `<subject>.<verb>` (e.g. `activity.approved`, `auth.sign_in.failed`); reporting's README lists them. */
  action: string;
  /** Null: nobody signed in (a failed sign-in, a reused refresh token). */
  actorId: string | null;
  actorRole: string;
  /** The organization whose chain holds the entry (null: the chain of entries of no organization). */
  organizationId: string | null;
  subject: { type: string; id: string } | null;
  /** The operation's root fields, or what was changed (a settings section, a flag key): names of things, never values. */
  fields?: readonly string[];
  operationName?: string | null;
  requestId?: string | null;
  /** When it happened (default: the envelope's time). */
  occurredAt?: Date;
}

/** The audit event for an entry (for a batch written with the outbox's batch insert). */
export function auditEvent(source: AuditSource, entry: AuditRecord): NewEvent<"identity.audit.recorded"> {
  return {
    // Every source's audit event has the same payload schema (catalog.ts).
    type: `${source}.audit.recorded` as "identity.audit.recorded",
    aggregateId: entry.subject?.id ?? entry.actorId ?? entry.organizationId ?? NO_ID,
    organizationId: entry.organizationId,
    actorId: entry.actorId,
    ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
    payload: {
      action: entry.action,
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      organizationId: entry.organizationId,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      operationName: entry.operationName ?? null,
      fields: [...(entry.fields ?? [])],
      requestId: entry.requestId ?? "",
    },
  };
}

export async function recordAudit(events: Emitter, source: AuditSource, entry: AuditRecord): Promise<void> {
  await events.emit(auditEvent(source, entry));
}
