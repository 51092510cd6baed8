/**
 * Engagement's audit entries (engagement.audit.recorded), written in the transaction of the change:
 * a course opened, closed, cancelled or edited, toolbox cards and FAQ items edited, archived and
 * reordered. Ids and names of things only (the fields changed), never values or people's names.
 */
import { recordAudit, type Emitter } from "@meander/events";

/** Who made a change, as the request knows it. */
export interface AuditActor {
  userId: string;
  role: string;
  requestId: string;
}

export async function auditChange(
  events: Emitter,
  actor: AuditActor,
  organizationId: string | null,
  entry: { action: string; subject: { type: string; id: string } | null; fields?: string[] },
): Promise<void> {
  await recordAudit(events, "engagement", {
    action: entry.action,
    actorId: actor.userId,
    actorRole: actor.role,
    organizationId,
    subject: entry.subject,
    fields: entry.fields ?? [],
    requestId: actor.requestId,
  });
}
