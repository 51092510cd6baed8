/** Reading the rollup: the visibility policy from domain/ over the scoped repository. */
import type { ActivityCountRepository } from "../db/repositories/activity-counts.js";
import {
  canListStats,
  canSeeLocalAssociationStats,
  ZERO_COUNTS,
  type ActivityCounts,
  type StatsViewer,
} from "../domain/activity-stats.js";

/** A reference to organization's LocalAssociation entity (reporting knows only its key). */
export interface LocalAssociationRef {
  id: string;
}

export interface LocalAssociationStatsResult {
  localAssociation: LocalAssociationRef;
  stats: ActivityCounts;
}

/**
 * Counts for each id, in order: zeros for a local association of the caller's organization without activity yet,
 * null when the viewer may not see it (another organization's and unknown ids alike: see canSeeLocalAssociationStats).
 */
export async function activityStatsFor(
  repo: ActivityCountRepository,
  viewer: StatsViewer | null,
  localAssociationIds: readonly string[],
): Promise<Array<ActivityCounts | null>> {
  const found = new Map((await repo.lookup(localAssociationIds)).map((r) => [r.localAssociationId, r]));
  return localAssociationIds.map((id) => {
    const row = found.get(id);
    if (!canSeeLocalAssociationStats(viewer, { localAssociationId: id, organizationId: row?.organizationId ?? null }))
      return null;
    return row?.counts ?? { ...ZERO_COUNTS };
  });
}

/** The viewer's organization's local associations with activity (a coordinator: their own). */
export async function listActivityStats(
  repo: ActivityCountRepository,
  viewer: StatsViewer | null,
): Promise<LocalAssociationStatsResult[]> {
  if (!canListStats(viewer)) return [];
  const rows = await repo.list();
  return rows
    .filter((r) => canSeeLocalAssociationStats(viewer, r))
    .map((r) => ({ localAssociation: { id: r.localAssociationId }, stats: r.counts }));
}
