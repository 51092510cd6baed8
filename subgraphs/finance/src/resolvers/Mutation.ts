import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { addMileageRate, configureExpenseType } from "../application/expense-types.js";
import { createAccountingExport, markExportPaid } from "../application/accounting.js";
import { setAccountingReference } from "../application/payees.js";
import { retireHonorariumTier, setHonorariumTier } from "../application/honorarium.js";
import { uploadReceipt } from "../application/receipts.js";
import { approveReimbursement, createReimbursement } from "../application/reimbursements.js";
import type { AccountingSystem } from "../domain/accounting.js";
import { decideExpense } from "../application/approvals.js";
import { submitExpense } from "../application/expenses.js";
import type { FinanceContext } from "../context.js";
import type { Submitter } from "../domain/expense.js";

function actor(ctx: FinanceContext): Submitter {
  const { userId, role, organizationId, localAssociationId } = requireViewer(ctx);
  return { userId, role, organizationId, localAssociationId };
}

export const Mutation: MutationResolvers = {
  submitExpense: (_parent, { input }, ctx) =>
    submitExpense(ctx.uow, actor(ctx), input, { requestId: ctx.requestId, now: ctx.now() }),
  approveExpense: (_parent, { id, note }, ctx) =>
    decideExpense(
      ctx.uow,
      actor(ctx),
      ctx.requestId,
      { expenseId: id, decision: "approved", note: note ?? null },
      { now: ctx.now() },
    ),
  rejectExpense: (_parent, { id, reason }, ctx) =>
    decideExpense(
      ctx.uow,
      actor(ctx),
      ctx.requestId,
      { expenseId: id, decision: "rejected", note: reason },
      { now: ctx.now() },
    ),
  configureExpenseType: (_parent, { input }, ctx) => configureExpenseType(ctx.uow, actor(ctx), input),
  uploadReceipt: (_parent, { input }, ctx) =>
    uploadReceipt(
      ctx.uow,
      ctx.store,
      actor(ctx),
      ctx.requestId,
      { ...input, contentType: input.contentType ?? null },
      { now: ctx.now() },
    ),
  setHonorariumTier: (_parent, { input }, ctx) =>
    setHonorariumTier(
      ctx.uow,
      { ...actor(ctx), localAssociationId: ctx.viewer?.localAssociationId ?? null },
      input,
      ctx.now(),
    ),
  retireHonorariumTier: (_parent, { input }, ctx) =>
    retireHonorariumTier(
      ctx.uow,
      { ...actor(ctx), localAssociationId: ctx.viewer?.localAssociationId ?? null },
      input,
      ctx.now(),
    ),
  createReimbursement: (_parent, { userId }, ctx) =>
    createReimbursement(ctx.uow, actor(ctx), ctx.requestId, userId ?? null),
  approveReimbursement: (_parent, { id, note }, ctx) =>
    approveReimbursement(ctx.uow, actor(ctx), ctx.requestId, { id, note: note ?? null }),
  createAccountingExport: (_parent, { system }, ctx) =>
    createAccountingExport(ctx.uow, actor(ctx), ctx.requestId, system.toLowerCase() as AccountingSystem, ctx.now()),
  markAccountingExportPaid: (_parent, { id }, ctx) => markExportPaid(ctx.uow, actor(ctx), ctx.requestId, id, ctx.now()),
  setAccountingReference: (_parent, { userId, reference }, ctx) =>
    setAccountingReference(ctx.uow, actor(ctx), ctx.requestId, userId, reference),
  addMileageRate: (_parent, { input }, ctx) =>
    addMileageRate(ctx.uow, actor(ctx), {
      validFrom: input.validFrom,
      rateOrePerKm: input.rateOrePerKm,
      passengerRateOrePerKm: input.passengerRateOrePerKm ?? 0,
    }),
};
