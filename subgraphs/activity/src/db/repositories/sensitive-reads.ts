/** Who read which sensitive field, and when (activity.sensitive_reads): append-only, organization-scoped. */
import { and, asc, eq, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { sensitiveReads } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export type SensitiveReadRow = typeof sensitiveReads.$inferSelect;
export type NewSensitiveReadRow = typeof sensitiveReads.$inferInsert;

export function createSensitiveReadRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: sensitiveReads.organizationId });
  return {
    async insert(row: NewSensitiveReadRow): Promise<void> {
      assertInScope(scope, row);
      await db.insert(sensitiveReads).values(row);
    },
    /** The reads of these subjects' fields (a contact, their relations, notes and assignments). */
    async ofSubjects(subjectIds: readonly string[]): Promise<SensitiveReadRow[]> {
      if (subjectIds.length === 0) return [];
      return db
        .select()
        .from(sensitiveReads)
        .where(and(inArray(sensitiveReads.subjectId, [...subjectIds]), visible()))
        .orderBy(asc(sensitiveReads.readAt), asc(sensitiveReads.id));
    },
    /** The reads a person made. */
    async byActor(actorId: string): Promise<SensitiveReadRow[]> {
      return db
        .select()
        .from(sensitiveReads)
        .where(and(eq(sensitiveReads.actorId, actorId), visible()))
        .orderBy(asc(sensitiveReads.readAt), asc(sensitiveReads.id));
    },
  };
}
