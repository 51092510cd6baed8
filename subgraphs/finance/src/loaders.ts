/** DataLoaders, created per request: resolving 100 expenses, or the expenses of 100 activities, costs one query. */
import DataLoader from "dataloader";
import type { ExpenseTypeRepository } from "./db/repositories/expense-types.js";
import type { ExpenseRepository } from "./db/repositories/expenses.js";
import type { ExpenseRow, ExpenseTypeRow } from "./db/schema/index.js";

type TypeRef = { organizationId: string; key: string };
const typeKey = (r: TypeRef) => `${r.organizationId}/${r.key}`;

export function createLoaders(expenses: ExpenseRepository, expenseTypes: ExpenseTypeRepository) {
  return {
    expense: new DataLoader<string, ExpenseRow | null>(async (ids) => {
      const rows = await expenses.byIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    expensesByActivity: new DataLoader<string, ExpenseRow[]>(async (activityIds) => {
      const rows = await expenses.byActivityIds(activityIds);
      const grouped = new Map<string, ExpenseRow[]>();
      for (const r of rows) grouped.set(r.activityId, [...(grouped.get(r.activityId) ?? []), r]);
      return activityIds.map((id) => grouped.get(id) ?? []);
    }),
    expenseType: new DataLoader<TypeRef, ExpenseTypeRow | null, string>(
      async (refs) => {
        const rows = await expenseTypes.byOrganizationKeys(refs);
        const byKey = new Map(rows.map((r) => [typeKey(r), r]));
        return refs.map((ref) => byKey.get(typeKey(ref)) ?? null);
      },
      { cacheKeyFn: typeKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
