/** DataLoaders, created per request: the activity counts of 100 local associations cost one query, and so do a page's audit labels. */
import DataLoader from "dataloader";
import { scopeOfCaller, type Viewer } from "@meander/auth";
import { scopes, type Executor, type Scope } from "@meander/db";
import { activityStatsFor } from "./application/activity-stats.js";
import { subjectLabels, subjectsInLog, type SubjectRef } from "./application/audit-log.js";
import type { ActivityCountRepository } from "./db/repositories/activity-counts.js";
import type { TerminologyLabels } from "@meander/messages";
import { createNameRepository } from "./db/repositories/names.js";
import type { ActivityCounts } from "./domain/activity-stats.js";

/**
 * Whose names a request reads: the caller's scope, a global administrator's the platform's (they read any
 * organization's report, as their request transaction's row-level security lets them).
 */
function readerScope(viewer: Viewer | null): Scope {
  return viewer?.role === "global_admin" ? scopes.platform(viewer.userId) : scopeOfCaller(viewer);
}

export function createLoaders(counts: ActivityCountRepository, viewer: Viewer | null, db: Executor) {
  const names = createNameRepository(db, readerScope(viewer));
  return {
    activityStats: new DataLoader<string, ActivityCounts | null>((ids) => activityStatsFor(counts, viewer, ids)),
    /** Audit subjects' labels: a page of the log costs one query per kind of subject. */
    subjectLabels: new DataLoader<SubjectRef, string | null, string>((refs) => subjectLabels(db, viewer, refs), {
      cacheKeyFn: (r) => `${r.type}:${r.id}`,
    }),
    /** Whether an id is the subject of an entry in a log the viewer may read (AuditSubject's __resolveReference). */
    subjectInLog: new DataLoader<string, boolean>((ids) => subjectsInLog(db, viewer, ids)),
    /** Region names (BufdirRegion.name): one query for a report's regions, only when the name is asked for. */
    regionName: new DataLoader<string, string | null>(async (ids) => {
      const found = await names.regionsById(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Local association names (BufdirEvidence.localAssociationName): one query for a page of evidence. */
    localAssociationName: new DataLoader<string, string | null>(async (ids) => {
      const found = await names.localAssociations(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** An organization's terminology labels, read once per request. */
    terminology: new DataLoader<string, TerminologyLabels>((orgIds) =>
      Promise.all(orgIds.map((id) => createNameRepository(db, scopes.organization(id)).terminology())),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
