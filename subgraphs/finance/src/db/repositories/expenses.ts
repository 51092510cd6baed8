/**
 * Expenses, as far as the scope sees them (@meander/db's visibility model): a
 * mentor the expenses reimbursed to them, a coordinator those of their local
 * associations' activities (and their own), an organization administrator the
 * organization's, a global administrator outside any tenant every
 * organization's, an anonymous caller none.
 */
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import { expenses, type ExpenseRow, type NewExpenseRow } from "../schema/index.js";

export type { ExpenseRow, NewExpenseRow };

/** How the visibility model reads an expense: its activity's local association, and the mentor it is reimbursed to. */
export const EXPENSE_COLUMNS = {
  organization: expenses.organizationId,
  localAssociation: expenses.localAssociationId,
  owner: expenses.userId,
};

/** Keyset of the expense list (newest first): created_at as ISO string, then id. */
export type ExpenseCursor = { createdAt: string; id: string };

export function createExpenseRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, EXPENSE_COLUMNS);

  return {
    async byIds(ids: readonly string[]): Promise<ExpenseRow[]> {
      const valid = onlyUuids(ids);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(expenses)
        .where(and(inArray(expenses.id, valid), visible()));
    },
    /** One query for any number of activities, oldest first within each. */
    async byActivityIds(activityIds: readonly string[]): Promise<ExpenseRow[]> {
      const valid = onlyUuids(activityIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(expenses)
        .where(and(inArray(expenses.activityId, valid), visible()))
        .orderBy(asc(expenses.createdAt), asc(expenses.id));
    },
    /** Newest first, keyset pagination on (created_at, id): never OFFSET. */
    async page(limit: number, after: ExpenseCursor | null): Promise<ExpenseRow[]> {
      const keyset = after
        ? sql`(${expenses.createdAt}, ${expenses.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
        : undefined;
      return db
        .select()
        .from(expenses)
        .where(and(visible(), keyset))
        .orderBy(desc(expenses.createdAt), desc(expenses.id))
        .limit(limit);
    },
    /** The expense-type keys already claimed (not rejected) on an activity: the trip's claims. */
    async claimedTypeKeys(activityId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ key: expenses.expenseType })
        .from(expenses)
        .where(and(eq(expenses.activityId, activityId), ne(expenses.status, "rejected"), visible()));
      return rows.map((r) => r.key);
    },
    /** Reads and locks one expense (FOR UPDATE) for a decision or a bundling. */
    async lockById(id: string): Promise<ExpenseRow | null> {
      if (onlyUuids([id]).length === 0) return null;
      const [row] = await db
        .select()
        .from(expenses)
        .where(and(eq(expenses.id, id), visible()))
        .for("update");
      return row ?? null;
    },
    async setStatus(id: string, status: ExpenseRow["status"]): Promise<ExpenseRow> {
      const [row] = await db
        .update(expenses)
        .set({ status, updatedAt: new Date() })
        .where(and(eq(expenses.id, id), visible()))
        .returning();
      return row!;
    },
    /**
     * Idempotency: waits for any other transaction submitting under the same client id (held to this transaction's
     * end), then returns the organization's expense stored under it, whoever submitted it (the caller checks).
     */
    async lockClientId(organizationId: string, clientId: string): Promise<ExpenseRow | null> {
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`finance.expense:${organizationId}:${clientId}`}, 0))`,
      );
      const [row] = await db
        .select()
        .from(expenses)
        .where(and(eq(expenses.organizationId, organizationId), eq(expenses.clientId, clientId), visible()));
      return row ?? null;
    },
    async insert(row: NewExpenseRow): Promise<ExpenseRow> {
      const [created] = await db.insert(expenses).values(row).returning();
      return created!;
    },
  };
}

export type ExpenseRepository = ReturnType<typeof createExpenseRepository>;
