/** Reading the audit log (newest first, filtered) and what reporting knows to name its subjects. */
import { and, desc, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { activityFacts, auditLog, bufdirReports, expenseFacts, localAssociations } from "../schema/index.js";

export type AuditRow = typeof auditLog.$inferSelect & { atMicros: string };

/** The position of an entry in the log's order: (recorded at, in microseconds since the epoch; chain; seq). */
export type AuditCursor = [string, string, number];

export interface AuditQuery {
  /** The chain to read (null: every chain: a global administrator without filter.organizationId). */
  chainId: string | null;
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

export function createAuditLogRepository(db: Executor) {
  return {
    async page(q: AuditQuery): Promise<AuditRow[]> {
      const where: Array<SQL | undefined> = [
        q.chainId ? eq(auditLog.chainId, q.chainId) : undefined,
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

    /** Which of these ids are subjects of entries in the chain (null: any chain). */
    async subjectsIn(chainId: string | null, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ id: auditLog.subjectId })
        .from(auditLog)
        .where(and(inArray(auditLog.subjectId, [...ids]), chainId ? eq(auditLog.chainId, chainId) : undefined));
      return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
    },
    /** Local association names by id. */
    async localAssociationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: localAssociations.localAssociationId, name: localAssociations.name })
        .from(localAssociations)
        .where(inArray(localAssociations.localAssociationId, [...ids]));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async bufdirReports(ids: readonly string[]): Promise<Map<string, { year: number; version: number }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: bufdirReports.id, year: bufdirReports.year, version: bufdirReports.version })
        .from(bufdirReports)
        .where(inArray(bufdirReports.id, [...ids]));
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
        .where(inArray(activityFacts.activityId, [...ids]));
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
        .where(inArray(expenseFacts.expenseId, [...ids]));
      return new Map(rows.map((r) => [r.id, { amountOre: r.amountOre, submittedDay: r.submittedDay }]));
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
