/**
 * The audit log: appending to a chain (one per organization, and the global chain of entries of none), reading it
 * (newest first, filtered), the walk's read, and what reporting knows to name its subjects. A chain is its
 * organization's: the scope's organization reads its own chain (chain id = organization id), the platform every chain.
 */
import { and, asc, desc, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityFacts,
  auditChainHeads,
  auditLog,
  bufdirReports,
  expenseFacts,
  localAssociations,
} from "../schema/index.js";

export type AuditRow = typeof auditLog.$inferSelect & { atMicros: string };
export type AuditLogRow = typeof auditLog.$inferSelect;
export type AuditChainHead = typeof auditChainHeads.$inferSelect;

/** Advisory-lock class for "one audit chain" (apart from the activity lock class). */
const AUDIT_LOCK_CLASS = 0x52_45_50_02;

/** The position of an entry in the log's order: (recorded at, in microseconds since the epoch; chain; seq). */
export type AuditCursor = [string, string, number];

/** A page of the log in sight of the scope (its organization's chain; the platform's: every chain). */
export interface AuditQuery {
  actorId?: string | null;
  /** An exact action, or a prefix when it ends in a dot. */
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  from?: Date | null;
  to?: Date | null;
  after: AuditCursor | null;
  limit: number;
}

const atMicros = sql<string>`(extract(epoch from ${auditLog.recordedAt}) * 1000000)::bigint::text`;

export function createAuditLogRepository(db: Executor, scope: Scope) {
  const chains = (column: typeof auditLog.chainId | typeof auditChainHeads.chainId): SQL | undefined =>
    scopedWhere(scope, { organization: column });
  const of = (
    column:
      | typeof localAssociations.organizationId
      | typeof bufdirReports.organizationId
      | typeof activityFacts.organizationId
      | typeof expenseFacts.organizationId,
  ): SQL | undefined => scopedWhere(scope, { organization: column });

  return {
    /** Appends are one at a time per chain (held to the transaction's end). */
    async lockChain(chainId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}::int, hashtext(${chainId}))`);
    },
    /** Whether the event is in the log already (a republished entry is appended once). */
    async hasEvent(eventId: string): Promise<boolean> {
      const [known] = await db
        .select({ seq: auditLog.seq })
        .from(auditLog)
        .where(and(eq(auditLog.eventId, eventId), chains(auditLog.chainId)));
      return known !== undefined;
    },
    async head(chainId: string): Promise<AuditChainHead | null> {
      const [head] = await db
        .select()
        .from(auditChainHeads)
        .where(and(eq(auditChainHeads.chainId, chainId), chains(auditChainHeads.chainId)));
      return head ?? null;
    },
    /** Writes the entry and moves its chain's head to it. */
    async append(entry: typeof auditLog.$inferInsert): Promise<void> {
      await db.insert(auditLog).values(entry);
      await db
        .insert(auditChainHeads)
        .values({ chainId: entry.chainId, seq: entry.seq, hash: entry.hash })
        .onConflictDoUpdate({ target: auditChainHeads.chainId, set: { seq: entry.seq, hash: entry.hash } });
    },
    /**
     * A chain's entries (by seq) and its head, read in ONE statement (one snapshot): read one after the other, an
     * entry appended in between (the chain grows while someone verifies it) looked like a chain cut short.
     */
    async chain(chainId: string): Promise<{ rows: AuditLogRow[]; head: { seq: number; hash: string } | null }> {
      const headOf = (column: typeof auditChainHeads.seq | typeof auditChainHeads.hash) =>
        sql`(select ${column} from ${auditChainHeads} where ${auditChainHeads.chainId} = ${chainId})`;
      const read = await db
        .select({
          row: auditLog,
          headSeq: sql<number | null>`${headOf(auditChainHeads.seq)}`,
          headHash: sql<string | null>`${headOf(auditChainHeads.hash)}`,
        })
        .from(auditLog)
        .where(and(eq(auditLog.chainId, chainId), chains(auditLog.chainId)))
        .orderBy(asc(auditLog.seq));
      // No entry: the head alone (a head without entries is a chain whose rows were all deleted).
      const [head] =
        read.length > 0
          ? read[0]!.headSeq === null
            ? []
            : [{ seq: Number(read[0]!.headSeq), hash: read[0]!.headHash! }]
          : await db
              .select()
              .from(auditChainHeads)
              .where(and(eq(auditChainHeads.chainId, chainId), chains(auditChainHeads.chainId)));
      return { rows: read.map((r) => r.row), head: head ? { seq: head.seq, hash: head.hash } : null };
    },
    async page(q: AuditQuery): Promise<AuditRow[]> {
      const where: Array<SQL | undefined> = [
        chains(auditLog.chainId),
        q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
        q.action
          ? q.action.endsWith(".")
            ? like(auditLog.action, `${q.action.replace(/[\\%_]/g, "\\$&")}%`)
            : eq(auditLog.action, q.action)
          : undefined,
        q.subjectType ? eq(auditLog.subjectType, q.subjectType) : undefined,
        q.subjectId ? eq(auditLog.subjectId, q.subjectId) : undefined,
        q.from ? sql`${auditLog.occurredAt}::timestamptz >= ${q.from.toISOString()}::timestamptz` : undefined,
        q.to ? sql`${auditLog.occurredAt}::timestamptz < ${q.to.toISOString()}::timestamptz` : undefined,
        q.after
          ? sql`((extract(epoch from ${auditLog.recordedAt}) * 1000000)::bigint, ${auditLog.chainId}, ${auditLog.seq}) < (${q.after[0]}::bigint, ${q.after[1]}::uuid, ${q.after[2]}::int)`
          : undefined,
      ];
      const rows = await db
        .select({ row: auditLog, atMicros })
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(atMicros), desc(auditLog.chainId), desc(auditLog.seq))
        .limit(q.limit);
      return rows.map((r) => ({ ...r.row, atMicros: r.atMicros }));
    },

    /** Which of these ids are subjects of entries in the chains in sight. */
    async subjectsIn(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ id: auditLog.subjectId })
        .from(auditLog)
        .where(and(inArray(auditLog.subjectId, [...ids]), chains(auditLog.chainId)));
      return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
    },
    /** Local association names by id. */
    async localAssociationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: localAssociations.localAssociationId, name: localAssociations.name })
        .from(localAssociations)
        .where(and(inArray(localAssociations.localAssociationId, [...ids]), of(localAssociations.organizationId)));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async bufdirReports(ids: readonly string[]): Promise<Map<string, { year: number; version: number }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: bufdirReports.id, year: bufdirReports.year, version: bufdirReports.version })
        .from(bufdirReports)
        .where(and(inArray(bufdirReports.id, [...ids]), of(bufdirReports.organizationId)));
      return new Map(rows.map((r) => [r.id, { year: r.year, version: r.version }]));
    },
    async activities(ids: readonly string[]): Promise<Map<string, { activityType: string; activityDay: string }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({
          id: activityFacts.activityId,
          activityType: activityFacts.activityType,
          activityDay: activityFacts.activityDay,
        })
        .from(activityFacts)
        .where(and(inArray(activityFacts.activityId, [...ids]), of(activityFacts.organizationId)));
      return new Map(rows.map((r) => [r.id, { activityType: r.activityType, activityDay: r.activityDay }]));
    },
    async expenses(ids: readonly string[]): Promise<Map<string, { amountOre: number; submittedDay: string }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({
          id: expenseFacts.expenseId,
          amountOre: expenseFacts.amountOre,
          submittedDay: expenseFacts.submittedDay,
        })
        .from(expenseFacts)
        .where(and(inArray(expenseFacts.expenseId, [...ids]), of(expenseFacts.organizationId)));
      return new Map(rows.map((r) => [r.id, { amountOre: r.amountOre, submittedDay: r.submittedDay }]));
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
