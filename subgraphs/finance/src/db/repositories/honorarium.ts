/** Honorarium tiers, awards and the assignment counter (from the activity projection). */
import { and, asc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityProjection,
  honorariumAwards,
  honorariumTiers,
  type HonorariumAwardRow,
  type HonorariumTierRow,
} from "../schema/index.js";

export type { HonorariumTierRow };

/** Tiers are the organization's (every role reads them); an award is a mentor's, in one local association (the visibility model). */
export function createHonorariumRepository(db: Executor, scope: Scope) {
  const org = (
    column: typeof honorariumTiers.organizationId | typeof honorariumAwards.organizationId,
  ): SQL | undefined =>
    column === honorariumAwards.organizationId
      ? scopedWhere(scope, {
          organization: column,
          localAssociation: honorariumAwards.localAssociationId,
          owner: honorariumAwards.userId,
        })
      : scopedWhere(scope, { organization: column });

  return {
    /** Every version of a local association's tiers, by minimum, oldest version first. */
    async versions(localAssociationId: string): Promise<HonorariumTierRow[]> {
      return db
        .select()
        .from(honorariumTiers)
        .where(and(eq(honorariumTiers.localAssociationId, localAssociationId), org(honorariumTiers.organizationId)))
        .orderBy(asc(honorariumTiers.minAssignments), asc(honorariumTiers.validFrom));
    },
    /** Stores a version; a version of the same day is corrected in place (the caller checked no award cites it). */
    async upsertVersion(row: typeof honorariumTiers.$inferInsert): Promise<HonorariumTierRow> {
      const [stored] = await db
        .insert(honorariumTiers)
        .values(row)
        .onConflictDoUpdate({
          target: [honorariumTiers.localAssociationId, honorariumTiers.minAssignments, honorariumTiers.validFrom],
          set: { amountOre: row.amountOre, label: row.label, retired: row.retired ?? false, updatedAt: new Date() },
          setWhere: eq(honorariumTiers.organizationId, row.organizationId),
        })
        .returning();
      return stored!;
    },
    /** Whether an award cites this tier version (then it is history and never changed). */
    async isAwarded(tierId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: honorariumAwards.id })
        .from(honorariumAwards)
        .where(and(eq(honorariumAwards.tierId, tierId), org(honorariumAwards.organizationId)))
        .limit(1);
      return row !== undefined;
    },
    async awards(filter: { userId?: string; year?: number }): Promise<HonorariumAwardRow[]> {
      return db
        .select()
        .from(honorariumAwards)
        .where(
          and(
            org(honorariumAwards.organizationId),
            filter.userId ? eq(honorariumAwards.userId, filter.userId) : undefined,
            filter.year ? eq(honorariumAwards.year, filter.year) : undefined,
          ),
        )
        .orderBy(asc(honorariumAwards.year), asc(honorariumAwards.minAssignments));
    },
    /** Null when the mentor already reached this tier that year (the unique index decides under concurrency). */
    async award(row: typeof honorariumAwards.$inferInsert): Promise<HonorariumAwardRow | null> {
      const [created] = await db.insert(honorariumAwards).values(row).onConflictDoNothing().returning();
      return created ?? null;
    },
    /** Counts one mentor's assignments in a local association at a time (held to the transaction's end). */
    async lockMentorCount(userId: string, localAssociationId: string): Promise<void> {
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`honorarium:${userId}:${localAssociationId}`}, 0))`,
      );
    },
    /**
     * Assignments of a mentor in a local association that got an approved
     * activity in a calendar year (Norwegian time): distinct assignments the
     * mentor's approved activities are linked to (assignment_threshold_counting).
     */
    async assignmentCount(userId: string, localAssociationId: string, year: number): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(distinct ${activityProjection.assignmentId})::int` })
        .from(activityProjection)
        .where(
          and(
            scopedWhere(scope, { organization: activityProjection.organizationId }),
            eq(activityProjection.userId, userId),
            eq(activityProjection.localAssociationId, localAssociationId),
            isNotNull(activityProjection.approvedAt),
            isNotNull(activityProjection.assignmentId),
            sql`extract(year from ${activityProjection.activityDate} at time zone 'Europe/Oslo') = ${year}`,
          ),
        );
      return row?.n ?? 0;
    },
  };
}

export type HonorariumRepository = ReturnType<typeof createHonorariumRepository>;
