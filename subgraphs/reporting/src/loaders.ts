/** DataLoaders, created per request: the activity counts of 100 local associations cost one query. */
import DataLoader from "dataloader";
import { activityStatsFor } from "./application/activity-stats.js";
import type { ActivityCountRepository } from "./db/repositories/activity-counts.js";
import type { ActivityCounts, StatsViewer } from "./domain/activity-stats.js";

export function createLoaders(counts: ActivityCountRepository, viewer: StatsViewer | null) {
  return {
    activityStats: new DataLoader<string, ActivityCounts | null>((ids) => activityStatsFor(counts, viewer, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
