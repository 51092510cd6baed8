import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import type { ReimbursementRow } from "../db/schema/index.js";
import { seesOnlyOwnExpenses } from "../domain/expense.js";
import { listExpenses, listExpenseTypes } from "../application/queries.js";
import { honorariumProgress, honorariumTiers } from "../application/honorarium.js";
import { osloYear } from "../domain/honorarium.js";

export const Query: QueryResolvers = {
  expenseTypes: (_parent, { includeInactive }, ctx) =>
    listExpenseTypes(ctx.repos.expenseTypes, includeInactive ?? false),
  expense: (_parent, { id }, ctx) => ctx.loaders.expense.load(id),
  expenses: (_parent, args, ctx) => listExpenses(ctx.repos.expenses, args),
  mileageRates: (_parent, _args, ctx) => ctx.repos.mileageRates.list(),
  reimbursement: (_parent, { id }, ctx) => ctx.loaders.reimbursement.load(id),
  reimbursements: (_parent, { status }, ctx) =>
    ctx.repos.reimbursements.list(status ? (status.toLowerCase() as ReimbursementRow["status"]) : null, 200),
  accountingExport: (_parent, { id }, ctx) => ctx.repos.accounting.byId(id),
  accountingExports: (_parent, _args, ctx) => ctx.repos.accounting.list(100),
  accountingReferences: async (_parent, _args, ctx) => (ctx.repos.payees ? ctx.repos.payees.references() : []),
  honorariumTiers: (_parent, args, ctx) => honorariumTiers(ctx.repos.honorarium, args, ctx.now()),
  honorariumProgress: (_parent, { localAssociationId, year, userId }, ctx) => {
    if (!ctx.viewer) return null;
    const la = localAssociationId ?? ctx.viewer.localAssociationId;
    if (!la) return null;
    const own = seesOnlyOwnExpenses(ctx.viewer.role) ? ctx.viewer.userId : null;
    return honorariumProgress(
      ctx.repos.honorarium,
      own ?? userId ?? ctx.viewer.userId,
      la,
      year ?? osloYear(ctx.now()),
      ctx.now(),
    );
  },
  honorariumAwards: (_parent, { userId, year }, ctx) => {
    // A mentor sees only their own awards, whatever they ask for.
    const own = ctx.viewer && seesOnlyOwnExpenses(ctx.viewer.role) ? ctx.viewer.userId : null;
    return ctx.repos.honorarium.awards({ userId: own ?? userId ?? undefined, year: year ?? undefined });
  },
};
