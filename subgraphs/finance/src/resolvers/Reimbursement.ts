import type {
  AccountingExportResolvers,
  AccountingReferenceResolvers,
  HonorariumAwardResolvers,
  HonorariumProgressResolvers,
  HonorariumTierResolvers,
  AccountingSystem,
  ReimbursementApprovalResolvers,
  ReimbursementResolvers,
  ReimbursementStatus,
} from "../__generated__/resolvers-types.js";

export const Reimbursement: ReimbursementResolvers = {
  user: (r) => ({ id: r.userId }),
  createdBy: (r) => ({ id: r.createdBy }),
  status: (r) => r.status.toUpperCase() as ReimbursementStatus,
  expenses: (r, _args, ctx) => ctx.loaders.expensesByReimbursement.load(r.id),
  approvals: (r, _args, ctx) => ctx.loaders.approvalsByReimbursement.load(r.id),
  accountingExport: (r, _args, ctx) => (r.exportId ? ctx.repos.accounting.byId(r.exportId) : null),
};

export const ReimbursementApproval: ReimbursementApprovalResolvers = {
  outcome: (a) => a.outcome.toUpperCase(),
  decidedBy: (a) => (a.decidedBy ? { id: a.decidedBy } : null),
};

export const AccountingExport: AccountingExportResolvers = {
  system: (e) => e.system.toUpperCase() as AccountingSystem,
  createdBy: (e) => ({ id: e.createdBy }),
  reimbursements: (e, _args, ctx) => ctx.repos.reimbursements.byExportId(e.id),
  lastVoucher: (e) => (e.firstVoucher === null ? null : e.firstVoucher + e.reimbursementCount - 1),
};

export const AccountingReference: AccountingReferenceResolvers = {
  user: (r) => ({ id: r.userId }),
  updatedBy: (r) => ({ id: r.updatedBy }),
};

export const HonorariumAward: HonorariumAwardResolvers = {
  user: (a) => ({ id: a.userId }),
  localAssociation: (a) => ({ id: a.localAssociationId }),
};

export const HonorariumTier: HonorariumTierResolvers = {
  localAssociation: (t) => ({ id: t.localAssociationId }),
};

export const HonorariumProgress: HonorariumProgressResolvers = {
  localAssociation: (p) => ({ id: p.localAssociationId }),
};
