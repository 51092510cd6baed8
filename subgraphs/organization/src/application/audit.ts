/**
 * Organization's audit entries (organization.audit.recorded), written in the transaction of the change:
 * memberships added and removed (the role held with them) and the primary one moved, settings and
 * feature-flag changes. Ids and names of things only (a settings section), never values or people's names.
 */
import { recordAudit, type Emitter } from "@meander/events";

/** A change made by a person (actorId) or by the system (seed, an accepted invitation's processing: actorId null). */
export async function auditChange(
  events: Emitter,
  actor: { actorId: string | null; actorRole: string },
  organizationId: string,
  entry: { action: string; subject: { type: string; id: string }; fields?: string[] },
): Promise<void> {
  await recordAudit(events, "organization", {
    action: entry.action,
    actorId: actor.actorId,
    actorRole: actor.actorId ? actor.actorRole : "system",
    organizationId,
    subject: entry.subject,
    fields: entry.fields ?? [],
  });
}
