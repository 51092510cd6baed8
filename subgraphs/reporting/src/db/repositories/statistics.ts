/** Reading statistics from the read model (facts, expenses, payouts) and keeping team reports. */
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { queryRows, scopedWhere, type Executor, type Scope } from "@meander/db";
import type { FactGroup } from "../../domain/statistics-fold.js";
import type { Period } from "../../domain/statistics.js";
import { teamReports } from "../schema/index.js";
import { scopedSql } from "./scoped-sql.js";

/** Which of the organization's facts a statistic counts: one person's, one local association's, or all. */
export interface FactFilter {
  userId?: string;
  localAssociationId?: string;
}

export interface MonthRow {
  month: number;
  registered: number;
  approved: number;
  rejected: number;
  minutes: number;
}

/** `scope`: the organization whose statistics these are (its raw aggregate queries apply it through scopedSql). */
export function createStatisticsRepository(db: Executor, scope: Scope) {
  /** The scope over a raw query's table (every table here names its organization `organization_id`). */
  const inScope = scopedSql(scope, { organization: "organization_id" });
  return {
    /** The organization's facts that pass the filter and whose day falls in the period, grouped for domain/statistics-fold.ts. */
    async factGroups(filter: FactFilter, period: Period): Promise<FactGroup[]> {
      const conditions: SQL[] = [inScope, sql`activity_day between ${period.from} and ${period.to}`];
      if (filter.userId) conditions.push(sql`user_id = ${filter.userId}`);
      if (filter.localAssociationId) conditions.push(sql`local_association_id = ${filter.localAssociationId}`);
      return queryRows<FactGroup>(
        db,
        sql`select local_association_id as "localAssociationId", user_id as "userId", status, countable,
                   not_countable_reason as reason, count(*)::int as activities, sum(duration_minutes)::int as minutes
            from reporting.activity_facts where ${sql.join(conditions, sql` and `)}
            group by 1, 2, 3, 4, 5`,
      );
    },
    /**
     * Whether the organization's own data knows the local association: its directory (organization's events)
     * or its facts. Another organization's rows are never read (the filter here, and row-level security under it).
     */
    async ownsLocalAssociation(localAssociationId: string): Promise<boolean> {
      const rows = await queryRows<{ one: number }>(
        db,
        sql`select 1 as one from reporting.local_associations where ${inScope} and local_association_id = ${localAssociationId}
            union all
            select 1 from (select 1 from reporting.activity_facts where ${inScope} and local_association_id = ${localAssociationId} limit 1) f
            limit 1`,
      );
      return rows.length > 0;
    },
    async monthTrend(year: number): Promise<MonthRow[]> {
      return queryRows<MonthRow>(
        db,
        sql`select extract(month from activity_day)::int as month, count(*)::int as registered,
                   (count(*) filter (where status = 'approved'))::int as approved,
                   (count(*) filter (where status = 'rejected'))::int as rejected,
                   coalesce(sum(duration_minutes) filter (where status <> 'rejected'), 0)::int as minutes
            from reporting.activity_facts
            where ${inScope} and status <> 'withdrawn' and activity_day between ${`${year}-01-01`} and ${`${year}-12-31`}
            group by 1`,
      );
    },
    async activeMentors(year: number): Promise<number> {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(distinct user_id)::int as n from reporting.activity_facts
            where ${inScope} and status = 'approved' and activity_day between ${`${year}-01-01`} and ${`${year}-12-31`}`,
      );
      return row?.n ?? 0;
    },
    /** Activities waiting for a decision now (pending review or flagged), of any year. */
    async approvalBacklog(): Promise<{ waiting: number; oldestRegisteredAt: Date | null }> {
      const [row] = await queryRows<{ waiting: number; oldest: string | null }>(
        db,
        sql`select count(*)::int as waiting, min(registered_at) as oldest from reporting.activity_facts
            where ${inScope} and status in ('pending_review', 'flagged')`,
      );
      return { waiting: row?.waiting ?? 0, oldestRegisteredAt: row?.oldest ? new Date(row.oldest) : null };
    },
    async expenseTotals(year: number) {
      const [claims] = await queryRows<{
        submittedCount: number;
        submittedOre: number;
        approvedOre: number;
        rejectedOre: number;
        pendingOre: number;
      }>(
        db,
        sql`select count(*)::int as "submittedCount", coalesce(sum(amount_ore), 0)::int as "submittedOre",
                   coalesce(sum(amount_ore) filter (where status = 'approved'), 0)::int as "approvedOre",
                   coalesce(sum(amount_ore) filter (where status = 'rejected'), 0)::int as "rejectedOre",
                   coalesce(sum(amount_ore) filter (where status = 'submitted'), 0)::int as "pendingOre"
            from reporting.expense_facts
            where ${inScope} and submitted_day between ${`${year}-01-01`} and ${`${year}-12-31`}`,
      );
      const [paid] = await queryRows<{ paidOre: number }>(
        db,
        sql`select coalesce(sum(total_ore), 0)::int as "paidOre" from reporting.reimbursement_payouts
            where ${inScope} and paid_day between ${`${year}-01-01`} and ${`${year}-12-31`}`,
      );
      return { ...claims!, paidOre: paid?.paidOre ?? 0 };
    },
    async saveTeamReport(row: typeof teamReports.$inferInsert): Promise<void> {
      await db.insert(teamReports).values(row);
    },
    async teamReports(localAssociationId: string | null) {
      const conditions = [scopedWhere(scope, { organization: teamReports.organizationId })];
      if (localAssociationId) conditions.push(eq(teamReports.localAssociationId, localAssociationId));
      return db
        .select()
        .from(teamReports)
        .where(and(...conditions))
        .orderBy(desc(teamReports.generatedAt), desc(teamReports.id));
    },
  };
}
