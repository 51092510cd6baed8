import type { AccountingExportResolvers, AccountingSystem } from "../__generated__/resolvers-types.js";

export const AccountingExport: AccountingExportResolvers = {
  system: (e) => e.system.toUpperCase() as AccountingSystem,
  createdBy: (e) => ({ id: e.createdBy }),
  reimbursements: (e, _args, ctx) => ctx.repos.reimbursements.byExportId(e.id),
  lastVoucher: (e) => (e.firstVoucher === null ? null : e.firstVoucher + e.reimbursementCount - 1),
};
