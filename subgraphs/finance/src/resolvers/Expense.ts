import type { ExpenseResolvers, ExpenseStatus } from "../__generated__/resolvers-types.js";

export const Expense: ExpenseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.expense.load(ref.id),
  activity: (e) => ({ id: e.activityId }),
  user: (e) => ({ id: e.userId }),
  submittedBy: (e) => ({ id: e.submittedBy }),
  expenseTypeKey: (e) => e.expenseType,
  expenseType: (e, _args, ctx) => ctx.loaders.expenseType.load({ organizationId: e.organizationId, key: e.expenseType }),
  status: (e) => e.status.toUpperCase() as ExpenseStatus,
};
