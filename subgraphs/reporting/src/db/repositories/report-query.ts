/**
 * Runs a report spec over the read model (`activity_facts`, with the region from
 * `local_associations`). The SQL is assembled only from the fixed fragments
 * below, chosen by allow-listed names (domain/report-definition.ts); every value
 * (organization, days, filter values) is a bound parameter. The facts are those in sight of the scope (scopedSql).
 */
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import type { Dimension, Metric, ReportSpec } from "../../domain/report-definition.js";
import { scopedSql } from "./scoped-sql.js";

const DIMENSION_SQL: Record<Dimension, SQL> = {
  ACTIVITY_TYPE: sql`f.activity_type`,
  LOCAL_ASSOCIATION: sql`f.local_association_id::text`,
  REGION: sql`l.region_id::text`,
  MENTOR: sql`f.user_id::text`,
  STATUS: sql`f.status`,
  MONTH: sql`to_char(f.activity_day, 'YYYY-MM')`,
  DAY: sql`to_char(f.activity_day, 'YYYY-MM-DD')`,
  COUNTABLE: sql`f.countable::text`,
};

const METRIC_SQL: Record<Metric, SQL> = {
  ACTIVITIES: sql`count(*)::float8`,
  HOURS: sql`round(sum(f.duration_minutes) / 60.0, 2)::float8`,
  ACTIVITY_DAYS: sql`sum(f.day_count)::float8`,
  PARTICIPANTS: sql`sum(coalesce(f.participants, 0))::float8`,
  MENTORS: sql`count(distinct f.user_id)::float8`,
};

export const MAX_ROWS = 10_000;

export interface ReportRows {
  rows: Array<{ keys: Array<string | null>; values: number[] }>;
  truncated: boolean;
}

export function createReportQueryRepository(db: Executor, scope: Scope) {
  return { run: (spec: ReportSpec, from: string, to: string) => runReportQuery(db, scope, spec, from, to) };
}

async function runReportQuery(
  db: Executor,
  scope: Scope,
  spec: ReportSpec,
  from: string,
  to: string,
): Promise<ReportRows> {
  const f = spec.filters;
  // A withdrawn activity (issue 20) counts in no report.
  const where: SQL[] = [
    scopedSql(scope, { organization: "f.organization_id" }),
    sql`f.activity_day between ${from}::date and ${to}::date`,
    sql`f.status <> 'withdrawn'`,
  ];
  if (f.activityTypes.length) where.push(sql`f.activity_type = any(${sql.param(f.activityTypes)}::text[])`);
  if (f.localAssociationIds.length)
    where.push(sql`f.local_association_id = any(${sql.param(f.localAssociationIds)}::uuid[])`);
  if (f.regionIds.length) where.push(sql`l.region_id = any(${sql.param(f.regionIds)}::uuid[])`);
  if (f.mentorIds.length) where.push(sql`f.user_id = any(${sql.param(f.mentorIds)}::uuid[])`);
  if (f.statuses.length) where.push(sql`f.status = any(${sql.param(f.statuses)}::text[])`);
  if (f.countable !== null) where.push(sql`f.countable = ${f.countable}`);

  const dims = spec.dimensions.map((d, i) => sql`${DIMENSION_SQL[d]} as ${sql.raw(`d${i}`)}`);
  const metrics = spec.metrics.map((m, i) => sql`${METRIC_SQL[m]} as ${sql.raw(`m${i}`)}`);
  const positions = spec.dimensions.map((_, i) => sql.raw(String(i + 1)));
  const groupBy = positions.length
    ? sql` group by ${sql.join(positions, sql`, `)} order by ${sql.join(
        positions.map((p) => sql`${p} nulls last`),
        sql`, `,
      )}`
    : sql``;
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`select ${sql.join([...dims, ...metrics], sql`, `)}
        from reporting.activity_facts f
        left join reporting.local_associations l on l.local_association_id = f.local_association_id and l.organization_id = f.organization_id
        where ${sql.join(where, sql` and `)}${groupBy}
        limit ${MAX_ROWS + 1}`,
  );
  // No dimension: one total row, even over no activity (count 0, sums null → 0).
  const mapped = rows.map((r) => ({
    keys: spec.dimensions.map((_, i) => (r[`d${i}`] === null ? null : String(r[`d${i}`]))),
    values: spec.metrics.map((_, i) => Number(r[`m${i}`] ?? 0)),
  }));
  return { rows: mapped.slice(0, MAX_ROWS), truncated: mapped.length > MAX_ROWS };
}
