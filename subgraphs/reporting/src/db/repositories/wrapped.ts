/**
 * The inputs of Wrapped (approved facts and badges of a year, in every organization the scope sees: the job's is the
 * platform's) and the stored summaries. A summary is one person's across organizations (no organization of its own):
 * the platform's scope sees every one, any other scope its viewer's own.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import { annualSummaries } from "../schema/index.js";
import { scopedSql } from "./scoped-sql.js";

/** Advisory-lock key of the Wrapped job (one run at a time). */
const WRAPPED_LOCK = 0x52_45_50_57;

export type AnnualSummaryRow = typeof annualSummaries.$inferSelect;

export function createWrappedRepository(db: Executor, scope: Scope) {
  const range = (year: number) => sql`between ${`${year}-01-01`} and ${`${year}-12-31`}`;
  /** The scope over a fact table of a raw query (each names its organization `organization_id`). */
  const inScope = scopedSql(scope, { organization: "organization_id" });
  /** Summaries in sight: every one for the platform, the viewer's own otherwise (none without a viewer). */
  const summaries = (): SQL | undefined =>
    scope.reach === "platform" ? undefined : scope.viewerId ? eq(annualSummaries.userId, scope.viewerId) : sql`false`;
  return {
    async lock(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${WRAPPED_LOCK}::int, 0)`);
    },
    /**
     * Runs `fn` with the transaction's row-level security lifted to the platform (a summary covers every organization
     * the mentor was active in), then puts the transaction's own setting back.
     */
    async liftedToPlatform<T>(fn: () => Promise<T>): Promise<T> {
      const [before] = await queryRows<{ scope: string | null }>(
        db,
        sql`select current_setting('app.scope', true) as scope`,
      );
      await db.execute(sql`select set_config('app.scope', 'platform', true)`);
      const result = await fn();
      await db.execute(sql`select set_config('app.scope', ${before?.scope ?? ""}, true)`);
      return result;
    },
    async monthly(year: number) {
      return queryRows<{ userId: string; month: number; count: number; minutes: number }>(
        db,
        sql`select user_id as "userId", extract(month from activity_day)::int as month, count(*)::int as count, sum(duration_minutes)::int as minutes
            from reporting.activity_facts where ${inScope} and status = 'approved' and activity_day ${range(year)} group by 1, 2`,
      );
    },
    async contacts(year: number) {
      return queryRows<{ userId: string; contacts: number }>(
        db,
        sql`select user_id as "userId", count(distinct contact_id)::int as contacts from reporting.activity_facts
            where ${inScope} and status = 'approved' and contact_id is not null and activity_day ${range(year)} group by 1`,
      );
    },
    async badges(year: number) {
      return queryRows<{ userId: string; badgeKey: string; badgeName: string | null }>(
        db,
        sql`select user_id as "userId", badge_key as "badgeKey", badge_name as "badgeName" from reporting.mentor_badges
            where ${inScope} and awarded_day ${range(year)} order by awarded_day, badge_key, user_badge_id`,
      );
    },
    async byType(year: number) {
      return queryRows<{ userId: string; activityType: string; count: number; minutes: number }>(
        db,
        sql`select user_id as "userId", activity_type as "activityType", count(*)::int as count, sum(duration_minutes)::int as minutes
            from reporting.activity_facts where ${inScope} and status = 'approved' and activity_day ${range(year)} group by 1, 2`,
      );
    },
    /** Certifications held on some day of the year (issued by its end, valid after its start, not revoked). */
    async certifications(year: number) {
      return queryRows<{ userId: string; key: string; name: string | null }>(
        db,
        sql`select user_id as "userId", certification_type_key as key, certification_type_name as name from reporting.mentor_certifications
            where ${inScope} and status <> 'revoked' and valid_from <= ${`${year}-12-31`} and (valid_until is null or valid_until >= ${`${year}-01-01`})`,
      );
    },
    async attended(year: number) {
      return queryRows<{ userId: string; events: number }>(
        db,
        sql`select user_id as "userId", count(distinct gathering_id)::int as events from reporting.gathering_attendance
            where ${inScope} and attended_day ${range(year)} group by user_id`,
      );
    },
    /** Per mentor and organization, how much of the year happened there (approved activities, badges, gatherings). */
    async organizations(year: number) {
      return queryRows<{ userId: string; organizationId: string; count: number }>(
        db,
        sql`select "userId", "organizationId", sum(n)::int as count from (
              select user_id as "userId", organization_id as "organizationId", count(*) as n from reporting.activity_facts
               where ${inScope} and status = 'approved' and activity_day ${range(year)} group by 1, 2
              union all select user_id, organization_id, count(*) from reporting.mentor_badges
               where ${inScope} and awarded_day ${range(year)} group by 1, 2
              union all select user_id, organization_id, count(*) from reporting.gathering_attendance
               where ${inScope} and attended_day ${range(year)} group by 1, 2
            ) x group by 1, 2`,
      );
    },
    async anyStored(year: number): Promise<boolean> {
      const [row] = await db
        .select({ one: sql`1` })
        .from(annualSummaries)
        .where(and(eq(annualSummaries.year, year), summaries()))
        .limit(1);
      return row !== undefined;
    },
    async stored(year: number): Promise<AnnualSummaryRow[]> {
      return db
        .select()
        .from(annualSummaries)
        .where(and(eq(annualSummaries.year, year), summaries()));
    },
    async upsert(row: AnnualSummaryRow): Promise<void> {
      const { userId: _u, year: _y, ...set } = row;
      await db
        .insert(annualSummaries)
        .values(row)
        .onConflictDoUpdate({ target: [annualSummaries.userId, annualSummaries.year], set });
    },
    async remove(userId: string, year: number): Promise<void> {
      await db
        .delete(annualSummaries)
        .where(and(eq(annualSummaries.userId, userId), eq(annualSummaries.year, year), summaries()));
    },
    async one(userId: string, year: number): Promise<AnnualSummaryRow | null> {
      const [row] = await db
        .select()
        .from(annualSummaries)
        .where(and(eq(annualSummaries.userId, userId), eq(annualSummaries.year, year), summaries()));
      return row ?? null;
    },
  };
}
