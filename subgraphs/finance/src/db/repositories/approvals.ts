/** Expense approvals and receipt metadata, by organization (the expense they belong to is scoped by its repository). */
import { and, asc, count, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityProjection,
  expenseApprovals,
  expenses,
  receipts,
  reimbursements,
  type ExpenseApprovalRow,
  type NewExpenseApprovalRow,
  type NewReceiptRow,
  type ReceiptRow,
} from "../schema/index.js";

export type { ExpenseApprovalRow, ReceiptRow };

export function createApprovalRepository(db: Executor, scope: Scope) {
  const visible = (
    column: typeof expenseApprovals.organizationId | typeof receipts.organizationId | typeof expenses.organizationId,
  ): SQL | undefined => scopedWhere(scope, { organization: column });

  return {
    /** Null when the expense already has its one decision (the unique index decides between concurrent deciders). */
    async insert(row: NewExpenseApprovalRow): Promise<ExpenseApprovalRow | null> {
      const [created] = await db
        .insert(expenseApprovals)
        .values(row)
        .onConflictDoNothing({ target: expenseApprovals.expenseId })
        .returning();
      return created ?? null;
    },
    async byExpenseIds(expenseIds: readonly string[]): Promise<ExpenseApprovalRow[]> {
      const valid = onlyUuids(expenseIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(expenseApprovals)
        .where(and(inArray(expenseApprovals.expenseId, valid), visible(expenseApprovals.organizationId)));
    },
    async receiptCount(expenseId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(receipts)
        .where(and(eq(receipts.expenseId, expenseId), visible(receipts.organizationId)));
      return row?.n ?? 0;
    },
    async receiptsByExpenseIds(expenseIds: readonly string[]): Promise<ReceiptRow[]> {
      const valid = onlyUuids(expenseIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(receipts)
        .where(and(inArray(receipts.expenseId, valid), visible(receipts.organizationId)))
        .orderBy(asc(receipts.createdAt), asc(receipts.id));
    },
    async insertReceipt(row: NewReceiptRow): Promise<ReceiptRow> {
      const [created] = await db.insert(receipts).values(row).returning();
      return created!;
    },
    /**
     * The receipts an erased subject may be named in: a user's own claims', or those of claims on activities with a
     * contact; `exported` when the claim is in a reimbursement already exported to accounting.
     */
    async receiptsOfSubject(subject: {
      type: "user" | "contact";
      id: string;
    }): Promise<Array<{ id: string; fileName: string; storageKey: string; exported: boolean }>> {
      const claims =
        subject.type === "user"
          ? db
              .select({ id: expenses.id })
              .from(expenses)
              .where(and(eq(expenses.userId, subject.id), visible(expenses.organizationId)))
          : db
              .select({ id: expenses.id })
              .from(expenses)
              .innerJoin(activityProjection, eq(activityProjection.activityId, expenses.activityId))
              .where(and(eq(activityProjection.contactId, subject.id), visible(expenses.organizationId)));
      const exported = exists(
        db
          .select({ one: sql`1` })
          .from(expenses)
          .innerJoin(reimbursements, eq(reimbursements.id, expenses.reimbursementId))
          .where(and(eq(expenses.id, receipts.expenseId), isNotNull(reimbursements.exportId))),
      );
      return db
        .select({
          id: receipts.id,
          fileName: receipts.fileName,
          storageKey: receipts.storageKey,
          exported: sql<boolean>`${exported}`,
        })
        .from(receipts)
        .where(and(inArray(receipts.expenseId, claims), visible(receipts.organizationId)));
    },
    async renameReceipt(id: string, fileName: string): Promise<void> {
      await db
        .update(receipts)
        .set({ fileName })
        .where(and(eq(receipts.id, id), visible(receipts.organizationId)));
    },
  };
}

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;
