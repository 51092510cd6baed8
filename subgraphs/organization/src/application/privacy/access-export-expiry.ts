/**
 * The cleanup of subject access exports nobody downloaded (issue 24 item 3): once an export's download window has
 * passed, a scheduled job deletes its files (the bundle's JSON and PDF and every subgraph's part) from storage,
 * marks it (`expired_at`, so the next run skips it) and audits it (`privacy.access_export.expired`, by the system).
 * The objects are deleted inside the marking transaction: should the mark fail, the next run deletes again (a
 * delete is idempotent) and marks then.
 */
import { and, asc, eq, isNotNull, isNull, lte } from "drizzle-orm";
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { partKey } from "@meander/privacy/access-export";
import type { ObjectStore } from "@meander/storage";
import { intervalWorker } from "@meander/subgraph-kit";
import { accessExportParts, accessExportRequests } from "../../db/schema/index.js";
import { auditChange } from "../audit.js";

/** At most this many exports per run (the next run takes the rest). */
const BATCH = 200;

/** Deletes the files of every export past its window and not downloaded; returns how many exports it expired. */
export async function expireAccessExports(uow: UnitOfWork, store: ObjectStore, now = new Date()): Promise<number> {
  const due = await uow.run(scopes.platform(), (tx) =>
    tx
      .select({ id: accessExportRequests.id, organizationId: accessExportRequests.organizationId })
      .from(accessExportRequests)
      .where(
        and(
          isNotNull(accessExportRequests.expiresAt),
          lte(accessExportRequests.expiresAt, now),
          isNull(accessExportRequests.downloadedAt),
          isNull(accessExportRequests.expiredAt),
        ),
      )
      .orderBy(asc(accessExportRequests.expiresAt))
      .limit(BATCH),
  );
  let expired = 0;
  for (const { id, organizationId } of due) {
    expired += await uow.run(scopes.organization(organizationId), async (tx, events) => {
      const [row] = await tx.select().from(accessExportRequests).where(eq(accessExportRequests.id, id)).for("update");
      if (!row || row.downloadedAt || row.expiredAt) return 0; // downloaded or expired meanwhile
      const parts = await tx.select().from(accessExportParts).where(eq(accessExportParts.requestId, id));
      const keys = [
        row.bundleJsonKey,
        row.bundlePdfKey,
        ...parts.map((p) => partKey(id, p.subgraph, p.objectId)),
      ].filter((k): k is string => Boolean(k));
      for (const key of keys) await store.delete(organizationId, key);
      await tx
        .update(accessExportRequests)
        .set({ expiredAt: now, bundleJsonKey: null, bundlePdfKey: null })
        .where(eq(accessExportRequests.id, id));
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
