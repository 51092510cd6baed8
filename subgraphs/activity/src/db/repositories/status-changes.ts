/** audit_trail_on_status_change: the append-only log of status changes, organization-scoped. */
import { and, asc, inArray, sql } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { activityStatusChanges, type ActivityStatusChangeRow } from "../schema/index.js";
import { bulkInsert } from "@meander/db";
import { activitiesWithContact, assertInScope } from "./scope.js";

export type NewStatusChange = typeof activityStatusChanges.$inferInsert;

export function createStatusChangeRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: activityStatusChanges.organizationId });
  return {
    /** An erasure: the notes on the status changes of activities with the contact (free text that may name them). */
    async clearNotesAbout(contactId: string): Promise<void> {
      await db
        .update(activityStatusChanges)
        .set({ note: null })
        .where(
          and(visible(), sql`${activityStatusChanges.activityId} in (${activitiesWithContact(scope, contactId)})`),
        );
    },
    /** One INSERT per 5,000 rows, one array parameter per column (@meander/db bulkInsert). */
    async insertMany(rows: readonly NewStatusChange[]): Promise<void> {
      for (const row of rows) assertInScope(scope, row);
      for (let i = 0; i < rows.length; i += 5000) await bulkInsert(db, activityStatusChanges, rows.slice(i, i + 5000));
    },
    async byActivityIds(ids: readonly string[]): Promise<ActivityStatusChangeRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(activityStatusChanges)
        .where(and(inArray(activityStatusChanges.activityId, [...ids]), visible()))
        .orderBy(asc(activityStatusChanges.changedAt), asc(activityStatusChanges.id));
    },
  };
}

export type StatusChangeRepository = ReturnType<typeof createStatusChangeRepository>;
