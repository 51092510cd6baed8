/** Documents' per-request loaders: an activity list's attachments cost one query, not one per activity. */
import DataLoader from "dataloader";
import type { DocumentRepository } from "../db/repositories/documents.js";
import type { DocumentRow } from "../db/schema/index.js";

export function createDocumentLoaders(repo: DocumentRepository) {
  return {
    byId: new DataLoader<string, DocumentRow | null>(async (ids) => {
      const rows = new Map((await repo.byIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    ofActivity: new DataLoader<string, DocumentRow[]>(async (activityIds) => {
      const rows = await repo.ofActivities(activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
  };
}

export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;
