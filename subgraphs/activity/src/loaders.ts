/** DataLoaders, created per request: resolving 100 references costs one query, not 100. */
import DataLoader from "dataloader";
import type { ActivityRepository } from "./db/repositories/activities.js";
import type { ApprovalRepository } from "./db/repositories/approvals.js";
import type { createSettingsRepository } from "./db/repositories/settings.js";
import type { StatusChangeRepository } from "./db/repositories/status-changes.js";
import type { ActivitySettings } from "./domain/settings.js";
import type {
  ActivityRow,
  ActivityApprovalRow,
  ActivityStatusChangeRow,
  ActivityTypeRow,
  ContactRow,
} from "./db/schema/index.js";
import type { ScopedRepositories } from "./context.js";

const byKey = <R, K>(rows: R[], keyOf: (r: R) => K) => new Map(rows.map((r) => [keyOf(r), r]));
const typeKey = (organizationId: string, key: string) => `${organizationId}/${key}`;

export function createLoaders(
  repos: ScopedRepositories,
  approvals: ApprovalRepository,
  statusChanges: StatusChangeRepository,
  settings: ReturnType<typeof createSettingsRepository>,
  /** The caller's organization's activities, whatever the local association (`organizationOf`): DuplicateSummary only. */
  organizationActivities: ActivityRepository,
) {
  return {
    activity: new DataLoader<string, ActivityRow | null>(async (ids) => {
      const rows = byKey(await repos.activities.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    contact: new DataLoader<string, ContactRow | null>(async (ids) => {
      const rows = byKey(await repos.contacts.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    activityType: new DataLoader<{ organizationId: string; key: string }, ActivityTypeRow | null, string>(
      async (pairs) => {
        const rows = byKey(await repos.activityTypes.byOrganizationKeys(pairs), (r) =>
          typeKey(r.organizationId, r.key),
        );
        return pairs.map((p) => rows.get(typeKey(p.organizationId, p.key)) ?? null);
      },
      { cacheKeyFn: (p) => typeKey(p.organizationId, p.key) },
    ),
    approvals: new DataLoader<string, ActivityApprovalRow[]>(async (activityIds) => {
      const rows = await approvals.byActivityIds(activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
    statusLog: new DataLoader<string, ActivityStatusChangeRow[]>(async (activityIds) => {
      const rows = await statusChanges.byActivityIds(activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
    /**
     * A suspected duplicate's row for `Activity.suspectedDuplicateSummary` (issue 20): read at the organization's
     * scope, because the suspect is often in another local association; only the summary's fields leave it.
     */
    duplicateSummary: new DataLoader<string, ActivityRow | null>(async (ids) => {
      const rows = byKey(await organizationActivities.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** Per organization (one query per organization; a request sees one or two). */
    settings: new DataLoader<string, ActivitySettings>(async (orgIds) =>
      Promise.all(orgIds.map((id) => settings.of(id))),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
