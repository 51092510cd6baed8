/** DataLoaders, created per request: resolving 100 expenses, or the expenses of 100 activities, costs one query. */
import DataLoader from "dataloader";
import type { ExpenseTypeRepository } from "./db/repositories/expense-types.js";
import type { ExpenseRepository } from "./db/repositories/expenses.js";
import type { ApprovalRepository } from "./db/repositories/approvals.js";
import type { ReimbursementRepository } from "./db/repositories/reimbursements.js";
import type {
  ExpenseApprovalRow,
  ExpenseRow,
  ExpenseTypeRow,
  ReceiptRow,
  ReimbursementApprovalRow,
  ReimbursementRow,
} from "./db/schema/index.js";

type TypeRef = { organizationId: string; key: string };
const typeKey = (r: TypeRef) => `${r.organizationId}/${r.key}`;

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): V[][] {
  const grouped = new Map<K, V[]>();
  for (const r of rows) grouped.set(keyOf(r), [...(grouped.get(keyOf(r)) ?? []), r]);
  return keys.map((k) => grouped.get(k) ?? []);
}

export function createLoaders(
  expenses: ExpenseRepository,
  expenseTypes: ExpenseTypeRepository,
  approvals: ApprovalRepository,
  reimbursements: ReimbursementRepository,
) {
  return {
    reimbursement: new DataLoader<string, ReimbursementRow | null>(async (ids) => {
      const byId = new Map((await reimbursements.byIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    expensesByReimbursement: new DataLoader<string, ExpenseRow[]>(async (ids) =>
      groupBy(ids, await reimbursements.expensesOf(ids), (e) => e.reimbursementId!),
    ),
    approvalsByReimbursement: new DataLoader<string, ReimbursementApprovalRow[]>(async (ids) =>
      groupBy(ids, await reimbursements.approvalsOf(ids), (a) => a.reimbursementId),
    ),
    approvalByExpense: new DataLoader<string, ExpenseApprovalRow | null>(async (ids) => {
      const byId = new Map((await approvals.byExpenseIds(ids)).map((r) => [r.expenseId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    receiptsByExpense: new DataLoader<string, ReceiptRow[]>(async (ids) => {
      const grouped = new Map<string, ReceiptRow[]>();
      for (const r of await approvals.receiptsByExpenseIds(ids))
        grouped.set(r.expenseId, [...(grouped.get(r.expenseId) ?? []), r]);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
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
