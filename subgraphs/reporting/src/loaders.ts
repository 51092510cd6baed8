/** DataLoaders, created per request: the activity counts of 100 local associations cost one query, and so do a page's audit labels. */
import DataLoader from "dataloader";
import { scopes, type Executor } from "@meander/db";
import { activityStatsFor } from "./application/activity-stats.js";
import { subjectLabels, subjectsInLog, type SubjectRef } from "./application/audit-log.js";
import type { ActivityCountRepository } from "./db/repositories/activity-counts.js";
import type { TerminologyLabels } from "@meander/messages";
import { createNameRepository, localAssociationNames, regionNames } from "./db/repositories/names.js";
import type { ActivityCounts, StatsViewer } from "./domain/activity-stats.js";

export function createLoaders(counts: ActivityCountRepository, viewer: StatsViewer | null, db: Executor) {
  return {
    activityStats: new DataLoader<string, ActivityCounts | null>((ids) => activityStatsFor(counts, viewer, ids)),
    /** Audit subjects' labels: a page of the log costs one query per kind of subject. */
    subjectLabels: new DataLoader<SubjectRef, string | null, string>((refs) => subjectLabels(db, refs), {
      cacheKeyFn: (r) => `${r.type}:${r.id}`,
    }),
    /** Whether an id is the subject of an entry in a log the viewer may read (AuditSubject's __resolveReference). */
    subjectInLog: new DataLoader<string, boolean>((ids) => subjectsInLog(db, viewer, ids)),
    /** Region names (BufdirRegion.name): one query for a report's regions, only when the name is asked for. */
    regionName: new DataLoader<string, string | null>(async (ids) => {
      const names = await regionNames(db, ids);
      return ids.map((id) => names.get(id) ?? null);
    }),
    /** Local association names (BufdirEvidence.localAssociationName): one query for a page of evidence. */
    localAssociationName: new DataLoader<string, string | null>(async (ids) => {
      const names = await localAssociationNames(db, ids);
      return ids.map((id) => names.get(id) ?? null);
    }),
    /** An organization's terminology labels, read once per request. */
    terminology: new DataLoader<string, TerminologyLabels>((orgIds) =>
      Promise.all(orgIds.map((id) => createNameRepository(db, scopes.organization(id)).terminology())),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
