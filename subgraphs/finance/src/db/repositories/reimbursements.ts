/**
 * Reimbursements and their approval history, as far as the scope sees them
 * (@meander/db's visibility model): a mentor their own, a coordinator those of
 * their local associations, an administrator the organization's.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  expenses,
  reimbursementApprovals,
  reimbursements,
  type ExpenseRow,
  type ReimbursementApprovalRow,
  type ReimbursementRow,
} from "../schema/index.js";

export type { ReimbursementRow };
import { EXPENSE_COLUMNS } from "./expenses.js";

export function createReimbursementRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined =>
    scopedWhere(scope, {
      organization: reimbursements.organizationId,
      localAssociation: reimbursements.localAssociationId,
      owner: reimbursements.userId,
    });
  /** Approval records follow their reimbursement's visibility. */
  const visibleApproval = (): SQL =>
    sql`exists (select 1 from ${reimbursements} where ${reimbursements.id} = ${reimbursementApprovals.reimbursementId} and ${visible() ?? sql`true`})`;

  return {
    async byIds(ids: readonly string[]): Promise<ReimbursementRow[]> {
      const valid = onlyUuids(ids);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(reimbursements)
        .where(and(inArray(reimbursements.id, valid), visible()));
    },
    /** Newest first, at most `limit` (a coordinator's work list, not an archive). */
    async list(status: ReimbursementRow["status"] | null, limit: number): Promise<ReimbursementRow[]> {
      return db
        .select()
        .from(reimbursements)
        .where(and(visible(), status ? eq(reimbursements.status, status) : undefined))
        .orderBy(desc(reimbursements.createdAt), desc(reimbursements.id))
        .limit(limit);
    },
    async lockById(id: string): Promise<ReimbursementRow | null> {
      if (onlyUuids([id]).length === 0) return null;
      const [row] = await db
        .select()
        .from(reimbursements)
        .where(and(eq(reimbursements.id, id), visible()))
        .for("update");
      return row ?? null;
    },
    async insert(row: typeof reimbursements.$inferInsert): Promise<ReimbursementRow> {
      const [created] = await db.insert(reimbursements).values(row).returning();
      return created!;
    },
    async update(id: string, patch: Partial<typeof reimbursements.$inferInsert>): Promise<ReimbursementRow> {
      const [row] = await db
        .update(reimbursements)
        .set(patch)
        .where(and(eq(reimbursements.id, id), visible()))
        .returning();
      return row!;
    },
    async insertApproval(row: typeof reimbursementApprovals.$inferInsert): Promise<ReimbursementApprovalRow> {
      const [created] = await db.insert(reimbursementApprovals).values(row).returning();
      return created!;
    },
    async approvalsOf(ids: readonly string[]): Promise<ReimbursementApprovalRow[]> {
      const valid = onlyUuids(ids);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(reimbursementApprovals)
        .where(and(inArray(reimbursementApprovals.reimbursementId, valid), visibleApproval()))
        .orderBy(asc(reimbursementApprovals.decidedAt), asc(reimbursementApprovals.id));
    },
    /**
     * The organization's approved, not yet exported reimbursements, locked;
     * rows another export has locked are skipped (SKIP LOCKED), so two exports
     * started at once take disjoint sets.
     */
    async lockExportable(): Promise<ReimbursementRow[]> {
      return db
        .select()
        .from(reimbursements)
        .where(and(eq(reimbursements.status, "approved"), isNull(reimbursements.exportId), visible()))
        .orderBy(asc(reimbursements.createdAt), asc(reimbursements.id))
        .for("update", { skipLocked: true });
    },
    async markExported(ids: readonly string[], exportId: string, at: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const rows = await db
        .update(reimbursements)
        .set({ exportId, exportedAt: at, status: "exported" })
        .where(and(inArray(reimbursements.id, [...ids]), isNull(reimbursements.exportId), visible()))
        .returning({ id: reimbursements.id });
      return rows.length;
    },
    async byExportId(exportId: string): Promise<ReimbursementRow[]> {
      return db
        .select()
        .from(reimbursements)
        .where(and(eq(reimbursements.exportId, exportId), visible()))
        .orderBy(asc(reimbursements.createdAt), asc(reimbursements.id));
    },
    async markPaid(exportId: string, at: Date): Promise<ReimbursementRow[]> {
      return db
        .update(reimbursements)
        .set({ status: "paid", paidAt: at })
        .where(and(eq(reimbursements.exportId, exportId), eq(reimbursements.status, "exported"), visible()))
        .returning();
    },
    /** A mentor's approved expenses in scope not yet in a reimbursement, locked (each is bundled once). */
    async lockBundleable(userId: string): Promise<ExpenseRow[]> {
      return db
        .select()
        .from(expenses)
        .where(
          and(
            eq(expenses.userId, userId),
            eq(expenses.status, "approved"),
            isNull(expenses.reimbursementId),
            scopedWhere(scope, EXPENSE_COLUMNS),
          ),
        )
        .orderBy(asc(expenses.createdAt), asc(expenses.id))
        .for("update");
    },
    async bundle(expenseIds: readonly string[], reimbursementId: string): Promise<number> {
      const rows = await db
        .update(expenses)
        .set({ reimbursementId, updatedAt: new Date() })
        .where(
          and(
            inArray(expenses.id, [...expenseIds]),
            isNull(expenses.reimbursementId),
            scopedWhere(scope, EXPENSE_COLUMNS),
          ),
        )
        .returning({ id: expenses.id });
      return rows.length;
    },
    /** The expenses of any number of reimbursements, oldest first (the same scope as expenses). */
    async expensesOf(reimbursementIds: readonly string[]): Promise<ExpenseRow[]> {
      const valid = onlyUuids(reimbursementIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(expenses)
        .where(and(inArray(expenses.reimbursementId, valid), scopedWhere(scope, EXPENSE_COLUMNS)))
        .orderBy(asc(expenses.createdAt), asc(expenses.id));
    },
  };
}

export type ReimbursementRepository = ReturnType<typeof createReimbursementRepository>;
