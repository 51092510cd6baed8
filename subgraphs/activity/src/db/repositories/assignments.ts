/**
 * Encrypted assignments and their status log, organization-scoped. Only the assigned mentor and the dispatching
 * coordinator see an assignment (`theirs`: the scope's viewer); the open links between mentors and contacts
 * (assignment_threshold_counting) are a lookup at the scope given, ids only.
 */
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { assignmentStatusLog, assignments, type AssignmentRow, type AssignmentStatusLogRow } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export type { AssignmentRow, AssignmentStatusLogRow };
export type NewAssignmentRow = typeof assignments.$inferInsert;
export type NewAssignmentStatusLogRow = typeof assignmentStatusLog.$inferInsert;

/** At most this many assignments in one list. */
const LIST_MAX = 200;

export function createAssignmentRepository(db: Executor, scope: Scope) {
  const inScope = () => scopedWhere(scope, { organization: assignments.organizationId });
  /** The assignments the scope's viewer takes part in (a scope without a viewer: none). */
  const theirs = () =>
    and(
      inScope(),
      scope.viewerId
        ? or(eq(assignments.mentorId, scope.viewerId), eq(assignments.coordinatorId, scope.viewerId))
        : sql`false`,
    );
  const repo = {
    async insert(row: NewAssignmentRow): Promise<AssignmentRow> {
      assertInScope(scope, row);
      const [created] = await db.insert(assignments).values(row).returning();
      return created!;
    },
    /** Appends to the status log (the log refuses UPDATE and DELETE). */
    async log(row: NewAssignmentStatusLogRow): Promise<void> {
      assertInScope(scope, row);
      await db.insert(assignmentStatusLog).values(row);
    },
    /** The viewer's assignment, locked for a status change. */
    async lockTheirs(id: string): Promise<AssignmentRow | null> {
      const [row] = await db
        .select()
        .from(assignments)
        .where(and(eq(assignments.id, id), theirs()))
        .for("update");
      return row ?? null;
    },
    async setStatus(id: string, status: AssignmentRow["status"], now: Date): Promise<AssignmentRow> {
      const [row] = await db
        .update(assignments)
        .set({ status, updatedAt: now })
        .where(and(eq(assignments.id, id), theirs()))
        .returning();
      return row!;
    },
    /** The viewer's assignments (these ids, or all), newest first. */
    async theirs(ids?: readonly string[]): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(assignments)
        .where(and(theirs(), ids ? inArray(assignments.id, [...ids]) : undefined))
        .orderBy(desc(assignments.createdAt))
        .limit(LIST_MAX);
    },
    /** The status log of assignments the caller reached, oldest first. */
    async statusLogOf(assignmentIds: readonly string[]): Promise<AssignmentStatusLogRow[]> {
      if (assignmentIds.length === 0) return [];
      return db
        .select()
        .from(assignmentStatusLog)
        .where(
          and(
            inArray(assignmentStatusLog.assignmentId, [...assignmentIds]),
            scopedWhere(scope, { organization: assignmentStatusLog.organizationId }),
          ),
        )
        .orderBy(asc(assignmentStatusLog.at), asc(assignmentStatusLog.id));
    },
    /**
     * assignment_threshold_counting: the open (not cancelled) assignment linking each mentor and contact, the oldest
     * when there are several (one query for a batch); keyed `${mentorId}/${contactId}`.
     */
    async openLinks(pairs: ReadonlyArray<{ userId: string; contactId: string | null }>): Promise<Map<string, string>> {
      const withContact = pairs.filter((p): p is { userId: string; contactId: string } => p.contactId !== null);
      if (withContact.length === 0) return new Map();
      const rows = await db
        .select({ id: assignments.id, mentorId: assignments.mentorId, contactId: assignments.contactId })
        .from(assignments)
        .where(
          and(
            inScope(),
            inArray(
              assignments.mentorId,
              withContact.map((p) => p.userId),
            ),
            inArray(
              assignments.contactId,
              withContact.map((p) => p.contactId),
            ),
            ne(assignments.status, "cancelled"),
          ),
        )
        .orderBy(asc(assignments.createdAt));
      const out = new Map<string, string>();
      for (const r of rows) if (!out.has(`${r.mentorId}/${r.contactId}`)) out.set(`${r.mentorId}/${r.contactId}`, r.id);
      return out;
    },
    /** The assignments about a contact (an access export), oldest first. */
    async aboutContact(contactId: string): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(assignments)
        .where(and(eq(assignments.contactId, contactId), inScope()))
        .orderBy(asc(assignments.createdAt));
    },
    /** The assignments a person was given or dispatched (an access export), oldest first. */
    async ofPerson(userId: string): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(assignments)
        .where(and(or(eq(assignments.mentorId, userId), eq(assignments.coordinatorId, userId)), inScope()))
        .orderBy(asc(assignments.createdAt));
    },
    /** An erasure: the payloads about a contact are cleared (the assignments and their log stay, without content). */
    async clearPayloadsAbout(contactId: string): Promise<void> {
      await db
        .update(assignments)
        .set({ payloadEnc: null })
        .where(and(eq(assignments.contactId, contactId), inScope()));
    },
  };
  return repo;
}

export type AssignmentRepository = ReturnType<typeof createAssignmentRepository>;
