/** The expense-type catalog of the scope's organization (a catalog: the whole organization sees it; platform: every one, e.g. the demo seed). */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { expenseTypes, type ExpenseTypeRow, type NewExpenseTypeRow } from "../schema/index.js";

export type { ExpenseTypeRow };

export function createExpenseTypeRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, { organization: expenseTypes.organizationId });

  return {
    async list(opts: { includeInactive: boolean }): Promise<ExpenseTypeRow[]> {
      return db
        .select()
        .from(expenseTypes)
        .where(and(visible(), opts.includeInactive ? undefined : eq(expenseTypes.isActive, true)))
        .orderBy(asc(expenseTypes.organizationId), asc(expenseTypes.key));
    },
    async byKey(organizationId: string, key: string): Promise<ExpenseTypeRow | null> {
      const [row] = await db
        .select()
        .from(expenseTypes)
        .where(and(visible(), eq(expenseTypes.organizationId, organizationId), eq(expenseTypes.key, key)));
      return row ?? null;
    },
    /** One query for any number of (organization, key) pairs; the caller matches them up. */
    async byOrganizationKeys(pairs: ReadonlyArray<{ organizationId: string; key: string }>): Promise<ExpenseTypeRow[]> {
      if (pairs.length === 0) return [];
      const orgs = [...new Set(pairs.map((p) => p.organizationId))];
      const keys = [...new Set(pairs.map((p) => p.key))];
      return db
        .select()
        .from(expenseTypes)
        .where(and(visible(), inArray(expenseTypes.organizationId, orgs), inArray(expenseTypes.key, keys)));
    },
    /** Creates the type or replaces its configuration (by organization and key); returns the stored row. */
    async upsert(row: NewExpenseTypeRow): Promise<ExpenseTypeRow> {
      const { id: _id, organizationId: _org, key: _key, createdAt: _c, ...config } = row;
      const [stored] = await db
        .insert(expenseTypes)
        .values(row)
        .onConflictDoUpdate({
          target: [expenseTypes.organizationId, expenseTypes.key],
          set: { ...config, updatedAt: new Date() },
        })
        .returning();
      return stored!;
    },
    async insert(rows: NewExpenseTypeRow[]): Promise<void> {
      if (rows.length > 0) await db.insert(expenseTypes).values(rows);
    },
  };
}

export type ExpenseTypeRepository = ReturnType<typeof createExpenseTypeRepository>;
