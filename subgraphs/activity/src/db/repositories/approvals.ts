/** Review decisions (ActivityApproval), organization-scoped; reached only through an activity the caller may see. */
import { and, asc, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { activityApprovals, type ActivityApprovalRow, type NewActivityApprovalRow } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export function createApprovalRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: activityApprovals.organizationId });

  return {
    async byActivityIds(ids: readonly string[]): Promise<ActivityApprovalRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(activityApprovals)
        .where(and(inArray(activityApprovals.activityId, [...ids]), visible()))
        .orderBy(asc(activityApprovals.decidedAt), asc(activityApprovals.id));
    },
    async insert(row: NewActivityApprovalRow): Promise<ActivityApprovalRow> {
      assertInScope(scope, row);
      const [created] = await db.insert(activityApprovals).values(row).returning();
      return created!;
    },
    /** One multi-row INSERT (bulk approval). */
    async insertMany(rows: readonly NewActivityApprovalRow[]): Promise<void> {
      for (const row of rows) assertInScope(scope, row);
      if (rows.length > 0) await db.insert(activityApprovals).values([...rows]);
    },
  };
}

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;
