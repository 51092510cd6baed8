/**
 * Erasure requests and their parts (issue 24 item 4), as far as the scope sees them: an organization's own; the
 * platform's for the consumer that records each subgraph's part.
 */
import { and, desc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import { writableIn, queryRows, scopedWhere, type Executor, type Scope } from "@meander/db";
import { erasureParts, erasureRequests, type ErasureRequestRow } from "../schema/index.js";

export type { ErasureRequestRow } from "../schema/index.js";
export type NewErasureRequestRow = typeof erasureRequests.$inferInsert;

export function createErasureRepository(db: Executor, scope: Scope) {
  const requests = (): SQL | undefined => scopedWhere(scope, { organization: erasureRequests.organizationId });
  const parts = (): SQL | undefined => scopedWhere(scope, { organization: erasureParts.organizationId });
  const request = (id: string) => and(eq(erasureRequests.id, id), requests());

  return {
    /** Serializes the requests about one person until the transaction ends (one open request per person). */
    async lockSubject(subjectId: string): Promise<void> {
      await queryRows(db, sql`select pg_advisory_xact_lock(hashtext('erasure:' || ${subjectId}))`);
    },
    /** Whether a request about the person is not completed yet. */
    async hasOpenRequest(subjectId: string): Promise<boolean> {
      const [open] = await db
        .select({ id: erasureRequests.id })
        .from(erasureRequests)
        .where(and(eq(erasureRequests.subjectId, subjectId), ne(erasureRequests.status, "completed"), requests()))
        .limit(1);
      return Boolean(open);
    },
    async insert(row: NewErasureRequestRow): Promise<ErasureRequestRow> {
      writableIn(scope, row.organizationId, "erasure request");
      const [created] = await db.insert(erasureRequests).values(row).returning();
      return created!;
    },
    async forUpdate(id: string): Promise<ErasureRequestRow | undefined> {
      const [row] = await db.select().from(erasureRequests).where(request(id)).for("update");
      return row;
    },
    async confirm(id: string, confirmedBy: string | null): Promise<void> {
      await db.update(erasureRequests).set({ confirmedBy }).where(request(id));
    },
    async start(id: string, at: Date): Promise<ErasureRequestRow> {
      const [row] = await db
        .update(erasureRequests)
        .set({ status: "in_progress", startedAt: at })
        .where(request(id))
        .returning();
      return row!;
    },
    /** One part per subgraph, none completed yet. */
    async addParts(row: { id: string; organizationId: string }, subgraphs: readonly string[]): Promise<void> {
      writableIn(scope, row.organizationId, "erasure part");
      await db
        .insert(erasureParts)
        .values(subgraphs.map((subgraph) => ({ requestId: row.id, organizationId: row.organizationId, subgraph })));
    },
    /** Marks the subgraph's part completed; false when it was already (or is unknown). */
    async completePart(requestId: string, subgraph: string, at: Date): Promise<boolean> {
      const done = await db
        .update(erasureParts)
        .set({ completedAt: at })
        .where(
          and(
            eq(erasureParts.requestId, requestId),
            eq(erasureParts.subgraph, subgraph),
            isNull(erasureParts.completedAt),
            parts(),
          ),
        )
        .returning();
      return done.length > 0;
    },
    async openPartCount(requestId: string): Promise<number> {
      const [open] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(erasureParts)
        .where(and(eq(erasureParts.requestId, requestId), isNull(erasureParts.completedAt), parts()));
      return open?.n ?? 0;
    },
    async complete(requestId: string, at: Date): Promise<ErasureRequestRow | undefined> {
      const [row] = await db
        .update(erasureRequests)
        .set({ status: "completed", completedAt: at })
        .where(request(requestId))
        .returning();
      return row;
    },
    /** Newest first, at most `limit` (one request: `id`). */
    async list(id: string | undefined, limit: number): Promise<ErasureRequestRow[]> {
      return db
        .select()
        .from(erasureRequests)
        .where(and(requests(), id ? eq(erasureRequests.id, id) : undefined))
        .orderBy(desc(erasureRequests.requestedAt), desc(erasureRequests.id))
        .limit(limit);
    },
    async partsOf(requestId: string): Promise<Array<{ subgraph: string; completedAt: Date | null }>> {
      return db
        .select({ subgraph: erasureParts.subgraph, completedAt: erasureParts.completedAt })
        .from(erasureParts)
        .where(and(eq(erasureParts.requestId, requestId), parts()))
        .orderBy(erasureParts.subgraph);
    },
  };
}

export type ErasureRepository = ReturnType<typeof createErasureRepository>;
