/**
 * The cleanup of subject access exports nobody downloaded (issue 24 item 3): once an export's download window has
 * passed, a scheduled job deletes its files (the bundle's JSON and PDF and every subgraph's part) from storage,
 * marks it (`expired_at`, so the next run skips it) and audits it (`privacy.access_export.expired`, by the system).
 * The objects are deleted inside the marking transaction: should the mark fail, the next run deletes again (a
 * delete is idempotent) and marks then.
 */
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { partKey } from "@meander/privacy/access-export";
import type { ObjectStore } from "@meander/storage";
import { intervalWorker } from "@meander/subgraph-kit";
import { createAccessExportRepository } from "../../db/repositories/access-exports.js";
import { auditChange } from "../audit.js";

/** At most this many exports per run (the next run takes the rest). */
const BATCH = 200;

/** Deletes the files of every export past its window and not downloaded; returns how many exports it expired. */
export async function expireAccessExports(uow: UnitOfWork, store: ObjectStore, now = new Date()): Promise<number> {
  // A system job: every organization's exports past their window (the platform), then each in its organization.
  const all = scopes.platform();
  const due = await uow.run(all, (tx) => createAccessExportRepository(tx, all).due(now, BATCH));
  let expired = 0;
  for (const { id, organizationId } of due) {
    const scope = scopes.organization(organizationId);
    expired += await uow.run(scope, async (tx, events) => {
      const exports = createAccessExportRepository(tx, scope);
      const row = await exports.forUpdate(id);
      if (!row || row.downloadedAt || row.expiredAt) return 0; // downloaded or expired meanwhile
      const parts = await exports.partsOf(id);
      const keys = [
        row.bundleJsonKey,
        row.bundlePdfKey,
        ...parts.map((p) => partKey(id, p.subgraph, p.objectId)),
      ].filter((k): k is string => Boolean(k));
      for (const key of keys) await store.delete(organizationId, key);
      await exports.markExpired(id, now);
      await auditChange(events, { actorId: null, actorRole: "system" }, organizationId, {
        action: "privacy.access_export.expired",
        subject: row.contactId ? { type: "Contact", id: row.contactId } : { type: "User", id: row.userId! },
        fields: ["accessExportCleanup"],
      });
      return 1;
    });
  }
  return expired;
}

/** The job: every hour by default (an export lingers at most that long past its window). */
export function accessExportCleanupWorker(
  uow: UnitOfWork,
  store: ObjectStore | null,
  onError: (err: unknown) => void,
  everyMs = 60 * 60 * 1000,
) {
  return intervalWorker({
    intervalMs: everyMs,
    run: async (now) => (store ? expireAccessExports(uow, store, now) : 0),
    onError,
  });
}
