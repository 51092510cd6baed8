/** Reading the Bufdir rollup and facts of one organization, and the frozen report versions. */
import { and, asc, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { organizationIdOf, queryRows, scopedWhere, type Executor, type Scope } from "@meander/db";
import type { MonthTotal, RollupRow } from "../../domain/bufdir-report.js";
import {
  activityFacts,
  bufdirReportEvidence,
  bufdirReports,
  localAssociations,
  NO_LOCAL_ASSOCIATION,
} from "../schema/index.js";
import { scopedSql } from "./scoped-sql.js";

export interface EvidenceFilter {
  localAssociationId?: string | null;
  regionId?: string | null;
  activityType?: string | null;
  userId?: string | null;
}

export interface EvidenceRow {
  activityId: string;
  userId: string;
  localAssociationId: string | null;
  regionId: string | null;
  activityType: string;
  activityDay: string;
  activityDays: number;
  participants: number | null;
  /** A frozen row's names as they were when the version was submitted (null: live, or frozen before names were kept). */
  frozenLocalAssociationName?: string | null;
  frozenRegionName?: string | null;
}

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/**
 * A fact's activity-days inside the year (its counted days run from activity_day for day_count days): an activity
 * spanning New Year gives each year its own days, as the rollup counts them, so the evidence adds up to the figure.
 */
const lastDay = sql`(${activityFacts.activityDay} + (${activityFacts.dayCount} - 1))`;
const daysInYear = (year: number) =>
  sql<number>`(least(${lastDay}, ${yearEnd(year)}::date) - greatest(${activityFacts.activityDay}, ${yearStart(year)}::date) + 1)::int`;
const overlapsYear = (year: number) =>
  sql`${activityFacts.activityDay} <= ${yearEnd(year)}::date and ${lastDay} >= ${yearStart(year)}::date`;

/** `scope`: the organization whose report it is (its raw rollup queries apply it through scopedSql). */
export function createBufdirRepository(db: Executor, scope: Scope) {
  /** The scope over a raw query's table by its alias (`r`, `f`), or unaliased. */
  const inScope = (alias?: string) =>
    scopedSql(scope, { organization: alias ? `${alias}.organization_id` : "organization_id" });
  return {
    /**
     * The year's rollup, one row per local association (with its region and name) and activity type, kept by
     * events (`bufdir_year_rollups`): a few thousand rows for the largest organization, never its facts.
     */
    async rollup(year: number): Promise<Array<RollupRow & { name: string | null }>> {
      const rows = await queryRows<{
        la: string;
        region: string | null;
        name: string | null;
        type: string;
        days: number;
        participants: number;
      }>(
        db,
        sql`select r.local_association_id as la, l.region_id as region, l.name, r.activity_type as type, r.activity_days as days, r.participants
            from reporting.bufdir_year_rollups r
            left join reporting.local_associations l on l.local_association_id = r.local_association_id and l.organization_id = r.organization_id
            where ${inScope("r")} and r.year = ${year} and r.activity_days > 0`,
      );
      return rows.map((r) => ({
        localAssociationId: r.la === NO_LOCAL_ASSOCIATION ? null : r.la,
        regionId: r.region,
        name: r.name,
        activityType: r.type,
        activityDays: r.days,
        participants: r.participants,
      }));
    },
    /** The organization's activity-days per month of the year (`bufdir_month_totals`, twelve rows at most). */
    async months(year: number): Promise<MonthTotal[]> {
      return queryRows<MonthTotal>(
        db,
        sql`select extract(month from month)::int as month, activity_days as "activityDays" from reporting.bufdir_month_totals
            where ${inScope()} and month between ${yearStart(year)} and ${yearEnd(year)}`,
      );
    },
    /**
     * The mentors the year's report counts: behind its counted activity-days and eligible (active, with a valid
     * basic course), as the consumers keep them in `bufdir_mentor_years`.
     */
    async activeMentors(year: number): Promise<string[]> {
      const rows = await queryRows<{ user_id: string }>(
        db,
        sql`select user_id from reporting.bufdir_mentor_years
            where ${inScope()} and year = ${year} and activity_days > 0 and eligible`,
      );
      return rows.map((r) => r.user_id);
    },
    /** The approved, countable activities with days in the year behind a number (live facts), with their days in it. */
    async evidence(year: number, filter: EvidenceFilter): Promise<EvidenceRow[]> {
      const conditions: Array<SQL | undefined> = [
        scopedWhere(scope, { organization: activityFacts.organizationId }),
        eq(activityFacts.status, "approved"),
        eq(activityFacts.countable, true),
        overlapsYear(year),
      ];
      if (filter.localAssociationId) conditions.push(eq(activityFacts.localAssociationId, filter.localAssociationId));
      if (filter.activityType) conditions.push(eq(activityFacts.activityType, filter.activityType));
      if (filter.userId) conditions.push(eq(activityFacts.userId, filter.userId));
      if (filter.regionId) conditions.push(eq(localAssociations.regionId, filter.regionId));
      return db
        .select({
          activityId: activityFacts.activityId,
          userId: activityFacts.userId,
          localAssociationId: activityFacts.localAssociationId,
          regionId: localAssociations.regionId,
          activityType: activityFacts.activityType,
          activityDay: activityFacts.activityDay,
          activityDays: daysInYear(year),
          participants: activityFacts.participants,
        })
        .from(activityFacts)
        .leftJoin(localAssociations, eq(localAssociations.localAssociationId, activityFacts.localAssociationId))
        .where(and(...conditions))
        .orderBy(asc(activityFacts.activityDay), asc(activityFacts.activityId));
    },
    async versions(year: number) {
      return db
        .select()
        .from(bufdirReports)
        .where(and(scopedWhere(scope, { organization: bufdirReports.organizationId }), eq(bufdirReports.year, year)))
        .orderBy(desc(bufdirReports.version));
    },
    /** A submitted version's evidence exactly as frozen: its rows, their local association and region then, and their names then. */
    async frozenEvidence(reportId: string, filter: EvidenceFilter): Promise<EvidenceRow[]> {
      const e = bufdirReportEvidence;
      // Evidence follows its report's organization.
      const ofReport = exists(
        db
          .select({ one: sql`1` })
          .from(bufdirReports)
          .where(
            and(eq(bufdirReports.id, e.reportId), scopedWhere(scope, { organization: bufdirReports.organizationId })),
          ),
      );
      const conditions: Array<SQL | undefined> = [eq(e.reportId, reportId), ofReport];
      if (filter.localAssociationId) conditions.push(eq(e.localAssociationId, filter.localAssociationId));
      if (filter.activityType) conditions.push(eq(e.activityType, filter.activityType));
      if (filter.userId) conditions.push(eq(e.userId, filter.userId));
      if (filter.regionId) conditions.push(eq(e.regionId, filter.regionId));
      return db
        .select({
          activityId: e.activityId,
          userId: e.userId,
          localAssociationId: e.localAssociationId,
          regionId: e.regionId,
          activityType: e.activityType,
          activityDay: e.activityDay,
          activityDays: e.activityDays,
          participants: e.participants,
          frozenLocalAssociationName: e.localAssociationName,
          frozenRegionName: e.regionName,
        })
        .from(e)
        .where(and(...conditions))
        .orderBy(asc(e.activityDay), asc(e.activityId));
    },
    /** Freezes a version: the report row and its evidence, in the caller's transaction. */
    async freeze(row: {
      id: string;
      year: number;
      submittedBy: string;
      content: unknown;
    }): Promise<{ version: number; submittedAt: Date }> {
      // A version is written in the scope's organization.
      const organizationId = organizationIdOf(scope);
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`bufdir:${organizationId}:${row.year}`}))`);
      const [last] = await queryRows<{ v: number }>(
        db,
        sql`select coalesce(max(version), 0)::int as v from reporting.bufdir_reports where ${inScope()} and year = ${row.year}`,
      );
      const version = (last?.v ?? 0) + 1;
      const submittedAt = new Date();
      await db.insert(bufdirReports).values({
        id: row.id,
        organizationId,
        year: row.year,
        version,
        submittedAt,
        submittedBy: row.submittedBy,
        content: row.content,
      });
      // The evidence as the live drill-down gives it (days inside the year), with the names known now.
      const start = `${yearStart(row.year)}`;
      const end = `${yearEnd(row.year)}`;
      await db.execute(sql`
        insert into reporting.bufdir_report_evidence
          (report_id, activity_id, user_id, local_association_id, region_id, activity_type, activity_day, activity_days, participants,
           local_association_name, region_name)
        select ${row.id}, f.activity_id, f.user_id, f.local_association_id, l.region_id, f.activity_type, f.activity_day,
               (least(f.activity_day + (f.day_count - 1), ${end}::date) - greatest(f.activity_day, ${start}::date) + 1)::int, f.participants,
               l.name, g.name
        from reporting.activity_facts f
        left join reporting.local_associations l on l.local_association_id = f.local_association_id and l.organization_id = f.organization_id
        left join reporting.regions g on g.region_id = l.region_id and g.organization_id = f.organization_id
        where ${inScope("f")} and f.status = 'approved' and f.countable
          and f.activity_day <= ${end}::date and f.activity_day + (f.day_count - 1) >= ${start}::date`);
      return { version, submittedAt };
    },
  };
}

export type BufdirRepository = ReturnType<typeof createBufdirRepository>;
