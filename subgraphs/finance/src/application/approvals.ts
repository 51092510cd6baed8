/**
 * Expense decisions: automatic approval under the type's limit (at submission,
 * and again when a receipt arrives), and a coordinator's manual approval or
 * rejection. One decision per expense; each writes its approval record, the
 * expense's status, its domain event and an audit entry in one transaction.
 */
import { badInput, conflictBy, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, sees, type Tx } from "@meander/db";
import { recordAudit, type Emitter, type UnitOfWork } from "@meander/events";
import { createApprovalRepository, type ExpenseApprovalRow } from "../db/repositories/approvals.js";
import { createExpenseTypeRepository, type ExpenseTypeRow } from "../db/repositories/expense-types.js";
import { createExpenseRepository, type ExpenseRow } from "../db/repositories/expenses.js";
import { automaticApproval, checkDecision, type DecisionInput } from "../domain/approval.js";
import type { Submitter } from "../domain/expense.js";
import { reimbursementChanged } from "./activity-reimbursement.js";
import { actorScope } from "./scope.js";

/** The subject type of a finance audit action (`expense.approved` -> Expense, `accounting_export.paid` -> AccountingExport). */
function subjectTypeOf(action: string): string {
  return (action.split(".")[0] ?? action)
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/** Writes `finance.audit.recorded` for a decision (actor, what, when: the envelope's time); the aggregate is its subject. */
export async function audit(
  events: Emitter,
  entry: {
    action: string;
    actorId: string;
    actorRole: string;
    organizationId: string;
    aggregateId: string;
    field: string;
    requestId: string;
  },
): Promise<void> {
  await recordAudit(events, "finance", {
    action: entry.action,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    organizationId: entry.organizationId,
    subject: { type: subjectTypeOf(entry.action), id: entry.aggregateId },
    fields: [entry.field],
    requestId: entry.requestId,
  });
}

async function record(
  tx: Tx,
  events: Emitter,
  expense: ExpenseRow,
  decision: {
    decision: "approved" | "rejected";
    automatic: boolean;
    rule: string | null;
    decidedBy: string | null;
    note: string | null;
  },
  now: Date,
): Promise<ExpenseApprovalRow | null> {
  // The decision's bookkeeping acts over the organization's claim: the caller (a decider it checked, or the
  // automatic rule at submission) has already seen the expense.
  const organization = scopes.organization(expense.organizationId);
  const approvals = createApprovalRepository(tx, organization);
  const approval = await approvals.insert({
    id: randomUUID(),
    expenseId: expense.id,
    organizationId: expense.organizationId,
    ...decision,
    decidedAt: now,
  });
  if (!approval) return null;
  const repo = createExpenseRepository(tx, organization);
  await repo.setStatus(expense.id, decision.decision);
  const base = {
    expenseId: expense.id,
    activityId: expense.activityId,
    userId: expense.userId,
    amountOre: expense.amountOre,
  };
  if (decision.decision === "approved") {
    await events.emit({
      type: "finance.expense.approved",
      aggregateId: expense.id,
      organizationId: expense.organizationId,
      actorId: decision.decidedBy ?? expense.submittedBy,
      payload: { ...base, automatic: decision.automatic, rule: decision.rule, decidedBy: decision.decidedBy },
    });
  } else {
    await events.emit({
      type: "finance.expense.rejected",
      aggregateId: expense.id,
      organizationId: expense.organizationId,
      actorId: decision.decidedBy!,
      payload: { ...base, decidedBy: decision.decidedBy! },
    });
    // The activity's last live claim rejected: it no longer has a reimbursement.
    if ((await repo.claimedTypeKeys(expense.activityId)).length === 0)
      await reimbursementChanged(events, expense, false, decision.decidedBy!);
  }
  return approval;
}

/** Approves a just-submitted (or newly documented) claim automatically when its type's rule allows; null otherwise. */
export async function tryAutoApprove(
  tx: Tx,
  events: Emitter,
  expense: ExpenseRow,
  type: ExpenseTypeRow | null,
  requestId: string,
  now: Date,
): Promise<ExpenseApprovalRow | null> {
  if (!type || expense.status !== "submitted") return null;
  const receiptCount = await createApprovalRepository(tx, scopes.organization(expense.organizationId)).receiptCount(
    expense.id,
  );
  const auto = automaticApproval(type, expense.amountOre, receiptCount);
  if (!auto) return null;
  const approval = await record(
    tx,
    events,
    expense,
    { decision: "approved", automatic: true, rule: auto.rule, decidedBy: null, note: null },
    now,
  );
  if (approval) {
    await audit(events, {
      action: "expense.approved_automatically",
      actorId: expense.submittedBy,
      actorRole: "automatic",
      organizationId: expense.organizationId,
      aggregateId: expense.id,
      field: "submitExpense",
      requestId,
    });
  }
  return approval;
}

/** A coordinator's (or administrator's) manual decision on one expense of the organization. */
export async function decideExpense(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  input: DecisionInput & { expenseId: string },
  opts: { now?: Date } = {},
): Promise<ExpenseRow> {
  const now = opts.now ?? new Date();
  if (actor.organizationId === null)
    throw forbiddenBy("organization_context_required", "Decisions are made within an organization");
  const organizationId = actor.organizationId;
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const expenses = createExpenseRepository(tx, scopes.organization(organizationId, actor.userId));
    const expense = await expenses.lockById(input.expenseId);
    if (!expense) throw notFound("Expense");
    // A coordinator decides the claims of their local association only (the visibility model).
    if (
      !sees(actorScope(actor), {
        organizationId,
        localAssociationId: expense.localAssociationId,
        ownerId: expense.userId,
      })
    ) {
      throw forbiddenBy("approver_scope", "Du kan bare behandle utlegg fra dine egne lokallag");
    }
    const approvals = createApprovalRepository(tx, scopes.organization(organizationId));
    const existing = await approvals.byExpenseIds([expense.id]);
    const type = await createExpenseTypeRepository(tx, scopes.organization(organizationId)).byKey(
      organizationId,
      expense.expenseType,
    );
    const receiptCount = await approvals.receiptCount(expense.id);
    const refusal = checkDecision(
      actor,
      { userId: expense.userId, amountOre: expense.amountOre, hasDecision: existing.length > 0 },
      type,
      receiptCount,
      input,
    );
    if (refusal?.kind === "forbidden") throw forbiddenBy(refusal.rule, refusal.message);
    if (refusal?.kind === "conflict") throw conflictBy(refusal.rule, refusal.message);
    if (refusal?.kind === "bad_input")
      throw badInput(refusal.violation.rule, refusal.violation.field, refusal.violation.message);
    const note = input.note?.trim() || null;
    const approval = await record(
      tx,
      events,
      expense,
      { decision: input.decision, automatic: false, rule: null, decidedBy: actor.userId, note },
      now,
    );
    if (!approval) throw conflictBy("expense_already_decided", "The expense has already been decided");
    await audit(events, {
      action: `expense.${input.decision}`,
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: expense.id,
      field: input.decision === "approved" ? "approveExpense" : "rejectExpense",
      requestId,
    });
    return { ...expense, status: input.decision };
  });
}
