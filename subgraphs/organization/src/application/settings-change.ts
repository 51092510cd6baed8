/**
 * The start and the record of every settings change (updateOrganizationSettings, the accounting integration, the
 * external resources): the organization's settings row locked and its version checked, then per section a history
 * row, `organization.settings.changed` and an audit entry, all in the caller's transaction.
 */
import { notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { Emitter, NewEvent } from "@meander/events";
import { scopes, type Tx } from "@meander/db";
import { createSettingsRepository } from "../db/repositories/settings.js";
import { checkExpectedVersion, type SettingsSection } from "../domain/settings.js";
import { conflictFrom } from "./actor.js";
import { auditChange } from "./audit.js";

/**
 * Locks the organization's settings row and checks expectedVersion (settings_version, CONFLICT): the start of
 * every settings change, so two administrators' changes serialize and the version counts each one.
 */
export async function lockSettings(tx: Tx, organizationId: string, expectedVersion: number | null | undefined) {
  const repo = createSettingsRepository(tx, scopes.organization(organizationId));
  const current = await repo.lockForUpdate();
  if (!current) throw notFound("Organization settings");
  const stale = checkExpectedVersion(expectedVersion, current.version);
  if (stale) throw conflictFrom(stale);
  return { repo, current };
}

/** Records a section's change (history row) and publishes it, inside the caller's transaction. */
export async function publishSettingsChange(
  tx: Tx,
  events: Emitter,
  actorId: string | null,
  change: { organizationId: string; version: number; section: SettingsSection; values: Record<string, unknown> },
  actorRole: string = "system",
): Promise<void> {
  await createSettingsRepository(tx, scopes.organization(change.organizationId)).recordChange({
    id: randomUUID(),
    version: change.version,
    section: change.section,
    values: change.values,
    changedBy: actorId,
  });
  await events.emit({
    type: "organization.settings.changed",
    aggregateId: change.organizationId,
    organizationId: change.organizationId,
    actorId,
    // The catalog checks each section's shape (and that no secret is in it) on publish.
    payload: {
      organizationId: change.organizationId,
      version: change.version,
      section: change.section,
      values: change.values,
    } as NewEvent<"organization.settings.changed">["payload"],
  });
  // The audit entry names the section only (the values are in the settings history, never in the chain).
  await auditChange(events, { actorId, actorRole }, change.organizationId, {
    action: change.section === "feature_flags" ? "feature_flags.changed" : "settings.changed",
    subject: { type: "Organization", id: change.organizationId },
    fields: [change.section],
  });
}
