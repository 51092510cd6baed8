import type { ReimbursementResolvers, ReimbursementStatus } from "../__generated__/resolvers-types.js";

export const Reimbursement: ReimbursementResolvers = {
  user: (r) => ({ id: r.userId }),
  createdBy: (r) => ({ id: r.createdBy }),
  status: (r) => r.status.toUpperCase() as ReimbursementStatus,
  expenses: (r, _args, ctx) => ctx.loaders.expensesByReimbursement.load(r.id),
  approvals: (r, _args, ctx) => ctx.loaders.approvalsByReimbursement.load(r.id),
  accountingExport: (r, _args, ctx) => (r.exportId ? ctx.repos.accounting.byId(r.exportId) : null),
};
