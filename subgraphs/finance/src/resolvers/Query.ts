import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import type { ReimbursementRow } from "../db/schema/index.js";
import { seesOnlyOwnExpenses } from "../domain/expense.js";
import { listExpenses, listExpenseTypes } from "../application/queries.js";

export const Query: QueryResolvers = {
  expenseTypes: (_parent, { includeInactive }, ctx) => listExpenseTypes(ctx.repos.expenseTypes, includeInactive ?? false),
  expense: (_parent, { id }, ctx) => ctx.loaders.expense.load(id),
  expenses: (_parent, args, ctx) => listExpenses(ctx.repos.expenses, args),
  mileageRates: (_parent, _args, ctx) => ctx.repos.mileageRates.list(),
  reimbursement: (_parent, { id }, ctx) => ctx.loaders.reimbursement.load(id),
  reimbursements: (_parent, { status }, ctx) => ctx.repos.reimbursements.list(status ? (status.toLowerCase() as ReimbursementRow["status"]) : null, 200),
  accountingExport: (_parent, { id }, ctx) => ctx.repos.accounting.byId(id),
  accountingExports: (_parent, _args, ctx) => ctx.repos.accounting.list(100),
  honorariumTiers: (_parent, { localAssociationId }, ctx) => ctx.repos.honorarium.tiers(localAssociationId),
  honorariumAwards: (_parent, { userId, year }, ctx) => {
    // A mentor sees only their own awards, whatever they ask for.
    const own = ctx.viewer && seesOnlyOwnExpenses(ctx.viewer.role) ? ctx.viewer.userId : null;
    return ctx.repos.honorarium.awards({ userId: own ?? userId ?? undefined, year: year ?? undefined });
  },
};
