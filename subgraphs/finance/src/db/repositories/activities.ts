/** The activity projection, as far as the scope sees it (by organization: claims check their own rules). */
import { and, eq, type SQL } from "drizzle-orm";
import { isUuid, scopedWhere, type Executor, type Scope } from "@meander/db";
import { activityProjection, type ActivityProjectionRow, type NewActivityProjectionRow } from "../schema/index.js";

export function createActivityRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, { organization: activityProjection.organizationId });

  return {
    async byId(activityId: string): Promise<ActivityProjectionRow | null> {
      if (!isUuid(activityId)) return null;
      const [row] = await db
        .select()
        .from(activityProjection)
        .where(and(eq(activityProjection.activityId, activityId), visible()));
      return row ?? null;
    },
    /** Reads and locks the activity (FOR UPDATE): claims on one trip are checked one at a time. */
    async lockById(activityId: string): Promise<ActivityProjectionRow | null> {
      if (!isUuid(activityId)) return null;
      const [row] = await db
        .select()
        .from(activityProjection)
        .where(and(eq(activityProjection.activityId, activityId), visible()))
        .for("update");
      return row ?? null;
    },
    /** Idempotent: a redelivered or replayed registration changes nothing. */
    async record(row: NewActivityProjectionRow): Promise<void> {
      await db.insert(activityProjection).values(row).onConflictDoNothing();
    },
    /** Marks an activity approved; false when the activity is not (yet) in the projection. */
    async approve(activityId: string, approvedAt: Date, assignmentId: string | null): Promise<boolean> {
      const rows = await db
        .update(activityProjection)
        .set({ approvedAt, assignmentId })
        .where(and(eq(activityProjection.activityId, activityId), visible()))
        .returning({ id: activityProjection.activityId });
      return rows.length > 0;
    },
  };
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
