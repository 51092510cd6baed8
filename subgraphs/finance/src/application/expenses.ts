/** Expense use cases: one transaction each, state change plus its event. */
import { refuseIfAny, badInput, forbiddenBy } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { organizationOf, scopes, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { reimbursementChanged } from "./activity-reimbursement.js";
import { actorScope } from "./scope.js";
import { tryAutoApprove } from "./approvals.js";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createExpenseTypeRepository } from "../db/repositories/expense-types.js";
import { createExpenseRepository, type ExpenseRow, type NewExpenseRow } from "../db/repositories/expenses.js";
import { createMileageRateRepository } from "../db/repositories/mileage-rates.js";
import {
  appliedRateOrePerKm,
  checkActivityKnown,
  isMileage,
  maySubmitFor,
  validateExpense,
  type NewExpense,
  type Submitter,
} from "../domain/expense.js";
import { osloDate, resolveMileageRate } from "../domain/expense-type.js";

/**
 * Submits an expense against a registered activity. The activity must be in the
 * projection and the submitter's organization (activity_known); a mentor may
 * claim only on their own activity, a coordinator on those of their local
 * association, an administrator on any of the organization's (FORBIDDEN
 * otherwise). The expense is reimbursed to the activity's mentor; `submittedBy`
 * records who filed it. With a client id (idempotency key) a retry returns the
 * stored expense and creates nothing, also while the first submission is still
 * running (it waits for it). `now` is the request's clock (`ctx.now()`): the expense's created and updated time.
 */
export async function submitExpense(
  uow: UnitOfWork,
  submitter: Submitter,
  input: NewExpense,
  opts: { id?: string; requestId?: string; now?: Date } = {},
): Promise<ExpenseRow> {
  const now = opts.now ?? new Date();
  // Claims are checked against the organization's activities and catalog (the submitter's own reach is the rule
  // maySubmitFor): the organization's scope, or the platform's for a global administrator outside any tenant.
  const scope = organizationOf(actorScope(submitter));
  return uow.run(scope, async (tx, events) => {
    const clientId = input.clientId?.trim() || null;
    if (clientId && submitter.organizationId) {
      const stored = await createExpenseRepository(tx, scope).lockClientId(submitter.organizationId, clientId);
      if (stored && stored.submittedBy !== submitter.userId)
        throw badInput("idempotency_key", "clientId", "This client id belongs to another expense");
      if (stored) return stored;
    }
    // Locked: two claims on one trip are checked one after the other (mutual exclusivity holds under concurrency).
    const activity = await createActivityRepository(tx, scope).lockById(input.activityId);
    const unknown = checkActivityKnown(activity, submitter);
    if (unknown) throw badInput(unknown.rule, unknown.field, unknown.message);
    if (!activity || !maySubmitFor(submitter, activity))
      throw forbiddenBy("own_activity_expense", "You may claim expenses only on your own activities");
    const typeRepo = createExpenseTypeRepository(tx, scope);
    const type = await typeRepo.byKey(activity.organizationId, input.expenseTypeKey);
    const claimedKeys = await createExpenseRepository(tx, scopes.organization(activity.organizationId)).claimedTypeKeys(
      activity.activityId,
    );
    const claimed = (
      await typeRepo.byOrganizationKeys(claimedKeys.map((key) => ({ organizationId: activity.organizationId, key })))
    ).map((t) => ({ key: t.key, exclusiveWith: t.exclusiveWith }));
    const rates = await createMileageRateRepository(tx, scope).list(activity.organizationId);
    const rate = resolveMileageRate(rates, osloDate(activity.activityDate), type?.mileageRateOrePerKm ?? null);
    const ctx = { rate, claimed };
    refuseIfAny(validateExpense(input, type, ctx));
    const passengers = input.passengers ?? 0;
    const expense = await record(tx, events, now, {
      id: opts.id ?? randomUUID(),
      organizationId: activity.organizationId,
      localAssociationId: activity.localAssociationId,
      activityId: activity.activityId,
      userId: activity.userId,
      expenseType: input.expenseTypeKey,
      amountOre: input.amountOre,
      distanceMeters: input.distanceMeters ?? null,
      passengers,
      rateOrePerKm: type && isMileage(type) ? appliedRateOrePerKm(type, passengers, ctx) : null,
      description: input.description?.trim() || null,
      submittedBy: submitter.userId,
      clientId,
    });
    if (claimedKeys.length === 0) await reimbursementChanged(events, expense, true);
    const auto = await tryAutoApprove(tx, events, expense, type, opts.requestId ?? expense.id, now);
    return auto ? { ...expense, status: "approved" as const } : expense;
  });
}

/**
 * For the demo seed only: records a trusted, already-valid expense whose
 * activity finance has not heard of yet (activity's events may arrive after
 * finance's seed runs). Same row and same event as submitExpense.
 */
export async function importExpense(
  uow: UnitOfWork,
  row: Omit<NewExpenseRow, "status" | "createdAt" | "updatedAt">,
  now: Date = new Date(),
): Promise<ExpenseRow> {
  return uow.run(scopes.organization(row.organizationId), async (tx, events) => {
    const first =
      (await createExpenseRepository(tx, scopes.organization(row.organizationId)).claimedTypeKeys(row.activityId))
        .length === 0;
    const expense = await record(tx, events, now, row);
    if (first) await reimbursementChanged(events, expense, true);
    return expense;
  });
}

async function record(
  tx: Tx,
  events: Emitter,
  /** Millisecond precision (a Date), so the (created_at, id) cursor round-trips exactly through JSON. */
  now: Date,
  row: Omit<NewExpenseRow, "status" | "createdAt" | "updatedAt">,
): Promise<ExpenseRow> {
  const expense = await createExpenseRepository(tx, scopes.organization(row.organizationId)).insert({
    ...row,
    status: "submitted",
    createdAt: now,
    updatedAt: now,
  });
  await events.emit({
    type: "finance.expense.submitted",
    aggregateId: expense.id,
    organizationId: expense.organizationId,
    actorId: expense.submittedBy,
    payload: {
      expenseId: expense.id,
      activityId: expense.activityId,
      userId: expense.userId,
      expenseTypeKey: expense.expenseType,
      amountOre: expense.amountOre,
    },
  });
  return expense;
}
