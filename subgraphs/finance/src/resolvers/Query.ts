import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { listExpenses, listExpenseTypes } from "../application/queries.js";

export const Query: QueryResolvers = {
  expenseTypes: (_parent, { includeInactive }, ctx) => listExpenseTypes(ctx.repos.expenseTypes, includeInactive ?? false),
  expense: (_parent, { id }, ctx) => ctx.loaders.expense.load(id),
  expenses: (_parent, args, ctx) => listExpenses(ctx.repos.expenses, args),
};
