/**
 * Subject access exports (issue 24 item 3) and the parts the subgraphs reported, as far as the scope sees them: an
 * organization's own (requests, downloads, the assembly consumer after `enterOrganization`), the platform's for the
 * cleanup job's list of exports past their window.
 */
import { and, asc, eq, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import { writableIn, organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import { accessExportParts, accessExportRequests, type AccessExportRequestRow } from "../schema/index.js";

export type { AccessExportRequestRow } from "../schema/index.js";
export type NewAccessExportRequestRow = typeof accessExportRequests.$inferInsert;
export type AccessExportPartRow = typeof accessExportParts.$inferSelect;

export function createAccessExportRepository(db: Executor, scope: Scope) {
  const requests = (): SQL | undefined => scopedWhere(scope, { organization: accessExportRequests.organizationId });
  const parts = (): SQL | undefined => scopedWhere(scope, { organization: accessExportParts.organizationId });
  const request = (id: string) => and(eq(accessExportRequests.id, id), requests());

  return {
    async insert(row: NewAccessExportRequestRow): Promise<AccessExportRequestRow> {
      writableIn(scope, row.organizationId, "access export");
      const [created] = await db.insert(accessExportRequests).values(row).returning();
      return created!;
    },
    async byId(id: string): Promise<AccessExportRequestRow | undefined> {
      const [row] = await db.select().from(accessExportRequests).where(request(id));
      return row;
    },
    /** The request, locked until the transaction ends (its download, assembly and expiry serialize). */
    async forUpdate(id: string): Promise<AccessExportRequestRow | undefined> {
      const [row] = await db.select().from(accessExportRequests).where(request(id)).for("update");
      return row;
    },
    async partsOf(requestId: string): Promise<AccessExportPartRow[]> {
      return db
        .select()
        .from(accessExportParts)
        .where(and(eq(accessExportParts.requestId, requestId), parts()));
    },
    /** Records a subgraph's part (once: a redelivered report changes nothing), in the scope's organization. */
    async addPart(part: { requestId: string; subgraph: string; objectId: string }): Promise<void> {
      await db
        .insert(accessExportParts)
        .values({ ...part, organizationId: organizationIdOf(scope) })
        .onConflictDoNothing();
    },
    async markReady(
      id: string,
      ready: { readyAt: Date; expiresAt: Date; bundleJsonKey: string; bundlePdfKey: string },
    ): Promise<void> {
      await db.update(accessExportRequests).set(ready).where(request(id));
    },
    async markDownloaded(id: string, at: Date): Promise<void> {
      await db.update(accessExportRequests).set({ downloadedAt: at }).where(request(id));
    },
    /** The files are gone: the export expired unread. */
    async markExpired(id: string, at: Date): Promise<void> {
      await db
        .update(accessExportRequests)
        .set({ expiredAt: at, bundleJsonKey: null, bundlePdfKey: null })
        .where(request(id));
    },
    /** Ready exports past their window at `now`, neither downloaded nor expired yet: the earliest first. */
    async due(now: Date, limit: number): Promise<Array<{ id: string; organizationId: string }>> {
      return db
        .select({ id: accessExportRequests.id, organizationId: accessExportRequests.organizationId })
        .from(accessExportRequests)
        .where(
          and(
            isNotNull(accessExportRequests.expiresAt),
            lte(accessExportRequests.expiresAt, now),
            isNull(accessExportRequests.downloadedAt),
            isNull(accessExportRequests.expiredAt),
            requests(),
          ),
        )
        .orderBy(asc(accessExportRequests.expiresAt))
        .limit(limit);
    },
    /** The exports about a person (a contact or a user), for their own export's log. */
    async aboutSubject(subject: { contactId: string | null; userId: string | null }) {
      return db
        .select({
          id: accessExportRequests.id,
          requestedAt: accessExportRequests.requestedAt,
          readyAt: accessExportRequests.readyAt,
          downloadedAt: accessExportRequests.downloadedAt,
        })
        .from(accessExportRequests)
        .where(
          and(
            or(
              subject.contactId ? eq(accessExportRequests.contactId, subject.contactId) : undefined,
              subject.userId ? eq(accessExportRequests.userId, subject.userId) : undefined,
            ),
            requests(),
          ),
        );
    },
  };
}

export type AccessExportRepository = ReturnType<typeof createAccessExportRepository>;
