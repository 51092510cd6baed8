import type { ExpenseResolvers, ExpenseStatus } from "../__generated__/resolvers-types.js";
import { receiptRequired } from "../domain/expense.js";

export const Expense: ExpenseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.expense.load(ref.id),
  activity: (e) => ({ id: e.activityId }),
  user: (e) => ({ id: e.userId }),
  submittedBy: (e) => ({ id: e.submittedBy }),
  expenseTypeKey: (e) => e.expenseType,
  expenseType: (e, _args, ctx) =>
    ctx.loaders.expenseType.load({ organizationId: e.organizationId, key: e.expenseType }),
  status: (e) => e.status.toUpperCase() as ExpenseStatus,
  approval: (e, _args, ctx) => ctx.loaders.approvalByExpense.load(e.id),
  rejectionReason: async (e, _args, ctx) =>
    e.status === "rejected" ? ((await ctx.loaders.approvalByExpense.load(e.id))?.note ?? null) : null,
  receiptRequired: async (e, _args, ctx) => {
    const type = await ctx.loaders.expenseType.load({ organizationId: e.organizationId, key: e.expenseType });
    return type ? receiptRequired(type, e.amountOre) : false;
  },
  receipts: (e, _args, ctx) => ctx.loaders.receiptsByExpense.load(e.id),
  reimbursement: (e, _args, ctx) => (e.reimbursementId ? ctx.loaders.reimbursement.load(e.reimbursementId) : null),
};
