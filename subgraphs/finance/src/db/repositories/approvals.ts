/** Expense approvals and receipt metadata, by organization (the expense they belong to is scoped by its repository). */
import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  expenseApprovals,
  receipts,
  type ExpenseApprovalRow,
  type NewExpenseApprovalRow,
  type NewReceiptRow,
  type ReceiptRow,
} from "../schema/index.js";

export function createApprovalRepository(db: Executor, scope: Scope) {
  const visible = (column: typeof expenseApprovals.organizationId | typeof receipts.organizationId): SQL | undefined =>
    scopedWhere(scope, { organization: column });

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
  };
}

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;
