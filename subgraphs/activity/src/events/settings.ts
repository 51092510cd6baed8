/**
 * The organization settings activity needs, from `organization.settings.changed`
 * (consumer `activity.settings`): the duplicate window (duplicate_detection) and
 * the Bufdir thresholds (countability). Other sections are not activity's.
 * Organization publishes one event per changed section; the projection merges
 * each into the organization's row (defaults for what no event has set yet).
 */
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createSettingsRepository } from "../db/repositories/settings.js";
import { mergeSettingsSection } from "../domain/settings.js";

export const settingsHandlers: ConsumerHandlers = {
  "organization.settings.changed": async (event, tx) => {
    const p = event.payload;
    const repo = createSettingsRepository(tx, scopes.organization(p.organizationId));
    const next = mergeSettingsSection(await repo.of(p.organizationId), p);
    if (next) await repo.put(p.organizationId, next, new Date(event.occurredAt));
  },
};
