/** The activity projection (written only by the activity consumers, which act for the event's organization). */
import { and, count, eq, isNotNull, lt, min } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import { activityProjection, type ActivityProjectionRow } from "../schema/index.js";

/**
 * `scope`: the organization whose activities these are (the consumers write in it), or the platform (the scheduled
 * jobs read across organizations; a write needs an organization).
 */
export function createActivityProjectionRepository(db: Executor, scope: Scope) {
  const inScope = () => scopedWhere(scope, { organization: activityProjection.organizationId });
  return {
    /** Records who registered the activity; keeps an approval that arrived first. */
    async registered(row: {
      activityId: string;
      userId: string;
      localAssociationId: string | null;
      approved: boolean;
      activityDate: Date;
    }): Promise<ActivityProjectionRow> {
      const [saved] = await db
        .insert(activityProjection)
        .values({ ...row, organizationId: organizationIdOf(scope) })
        .onConflictDoUpdate({
          target: activityProjection.activityId,
          set: {
            userId: row.userId,
            localAssociationId: row.localAssociationId,
            activityDate: row.activityDate,
            ...(row.approved ? { approved: true } : {}),
          },
        })
        .returning();
      return saved!;
    },
    /** Marks the activity approved; the user stays unknown until its registration arrives. */
    async approved(activityId: string): Promise<ActivityProjectionRow> {
      const [saved] = await db
        .insert(activityProjection)
        .values({ activityId, organizationId: organizationIdOf(scope), approved: true })
        .onConflictDoUpdate({ target: activityProjection.activityId, set: { approved: true } })
        .returning();
      return saved!;
    },
    /** Marks the activity rejected (it no longer waits for approval). */
    async rejected(activityId: string): Promise<void> {
      await db
        .insert(activityProjection)
        .values({ activityId, organizationId: organizationIdOf(scope), rejected: true })
        .onConflictDoUpdate({ target: activityProjection.activityId, set: { rejected: true } });
    },
    async approvedCount(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(activityProjection)
        .where(and(inScope(), eq(activityProjection.userId, userId), eq(activityProjection.approved, true)));
      return row?.n ?? 0;
    },
    /** Users whose first approved activity (in an organization in sight) took place before `before` (the scheduled jobs). */
    async servingSince(before: Date): Promise<Array<{ organizationId: string; userId: string }>> {
      const rows = await db
        .select({ organizationId: activityProjection.organizationId, userId: activityProjection.userId })
        .from(activityProjection)
        .where(and(eq(activityProjection.approved, true), isNotNull(activityProjection.userId), inScope()))
        .groupBy(activityProjection.organizationId, activityProjection.userId)
        .having(lt(min(activityProjection.activityDate), before));
      return rows.map((r) => ({ organizationId: r.organizationId, userId: r.userId! }));
    },
  };
}
