/**
 * Activities, as far as the caller may see them (organization_scope_isolation):
 * mentors their own, coordinators their local associations', administrators
 * the organization's. Lists are keyset-paginated on (activity_date, id), newest first.
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@meander/db";
import type { ActivityVisibility } from "../../domain/actor.js";
import type { ActivityStatus } from "../../domain/workflow.js";
import { activities, type ActivityRow, type NewActivityRow } from "../schema/index.js";
import { visibleWhere } from "./visibility.js";

/** The keyset cursor: activity date (ISO) and id. */
export type ActivityCursor = [string, string];

export interface ActivityPageQuery {
  limit: number;
  after: ActivityCursor | null;
  status?: ActivityStatus | null;
  userId?: string;
  localAssociationId?: string;
}

export function createActivityRepository(db: Executor, scope: ActivityVisibility | null) {
  const visible = () =>
    visibleWhere(scope, { organizationId: activities.organizationId, localAssociationId: activities.localAssociationId, ownerId: activities.userId });

  return {
    async byIds(ids: readonly string[]): Promise<ActivityRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(activities).where(and(inArray(activities.id, [...ids]), visible()));
    },
    async page(q: ActivityPageQuery): Promise<ActivityRow[]> {
      return db
        .select()
        .from(activities)
        .where(
          and(
            visible(),
            q.status ? eq(activities.status, q.status) : undefined,
            q.userId ? eq(activities.userId, q.userId) : undefined,
            q.localAssociationId ? eq(activities.localAssociationId, q.localAssociationId) : undefined,
            q.after ? sql`(${activities.activityDate}, ${activities.id}) < (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(activities.activityDate), desc(activities.id))
        .limit(q.limit);
    },
    /** Locks the row for a status change (two reviewers at once: one wins, the other sees the new status). */
    async lockById(id: string): Promise<ActivityRow | null> {
      const [row] = await db.select().from(activities).where(and(eq(activities.id, id), visible())).for("update");
      return row ?? null;
    },
    async insert(row: NewActivityRow): Promise<ActivityRow> {
      const [created] = await db.insert(activities).values(row).returning();
      return created!;
    },
    async setStatus(id: string, status: ActivityStatus, now: Date): Promise<ActivityRow> {
      const [updated] = await db.update(activities).set({ status, updatedAt: now }).where(eq(activities.id, id)).returning();
      return updated!;
    },
  };
}

export const activityCursorOf = (row: ActivityRow): ActivityCursor => [row.activityDate.toISOString(), row.id];

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
