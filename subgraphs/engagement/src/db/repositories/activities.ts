/** The activity projection (written only by the activity consumers, which act for the event's organization). */
import { and, count, eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { activityProjection, type ActivityProjectionRow } from "../schema/index.js";

export function createActivityProjectionRepository(db: Executor, organizationId: string) {
  return {
    /** Records who registered the activity; keeps an approval that arrived first. */
    async registered(row: { activityId: string; userId: string; localAssociationId: string | null; approved: boolean }): Promise<ActivityProjectionRow> {
      const [saved] = await db
        .insert(activityProjection)
        .values({ ...row, organizationId })
        .onConflictDoUpdate({
          target: activityProjection.activityId,
          set: { userId: row.userId, localAssociationId: row.localAssociationId, ...(row.approved ? { approved: true } : {}) },
        })
        .returning();
      return saved!;
    },
    /** Marks the activity approved; the user stays unknown until its registration arrives. */
    async approved(activityId: string): Promise<ActivityProjectionRow> {
      const [saved] = await db
        .insert(activityProjection)
        .values({ activityId, organizationId, approved: true })
        .onConflictDoUpdate({ target: activityProjection.activityId, set: { approved: true } })
        .returning();
      return saved!;
    },
    async approvedCount(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(activityProjection)
        .where(and(eq(activityProjection.organizationId, organizationId), eq(activityProjection.userId, userId), eq(activityProjection.approved, true)));
      return row?.n ?? 0;
    },
  };
}
