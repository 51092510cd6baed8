/** Event catalog, finance: expenses, reimbursements, accounting exports, honoraria. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

const expenseApproved = z.object({
  expenseId: id,
  activityId: id,
  userId: id,
  amountOre: z.number().int(),
  /** Automatic: under the type's auto-approval limit (`rule` says which); else decided by a coordinator. */
  automatic: z.boolean(),
  rule: z.string().nullable(),
  decidedBy: id.nullable(),
});
const expenseRejected = z.object({
  expenseId: id,
  activityId: id,
  userId: id,
  amountOre: z.number().int(),
  decidedBy: id,
});

export const financeEvents = {
  "finance.expense.submitted": {
    version: 1,
    payload: z.object({
      expenseId: id,
      activityId: id,
      userId: id,
      expenseTypeKey: z.string(),
      amountOre: z.number().int(),
    }),
  },
  /** An activity got its first expense claim (true) or its last live claim was rejected (false): activity's `has_reimbursement`. */
  "finance.activity_reimbursement.changed": {
    version: 1,
    payload: z.object({ activityId: id, hasReimbursement: z.boolean() }),
  },
  /** Version 2: ids only; the coordinator's note stays in finance (version 1 carried it; still read). */
  "finance.expense.approved": {
    version: 2,
    payload: expenseApproved,
    legacy: { 1: expenseApproved.extend({ note: z.string().nullable() }) },
  },
  /** A payout was made: the batch it was exported in was marked paid (the mentor is told). */
  "finance.reimbursement.paid": {
    version: 1,
    payload: z.object({
      reimbursementId: id,
      userId: id,
      totalOre: z.number().int(),
      exportId: id,
      paidAt: z.iso.datetime({ offset: true }),
    }),
  },
  "finance.accounting_export.completed": {
    version: 1,
    payload: z.object({
      exportId: id,
      system: z.enum(["xledger", "dynamics"]),
      reimbursementCount: z.number().int(),
      totalOre: z.number().int(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  },
  /** A mentor reached an honorarium tier of their local association in a year (aggregate: the mentor). */
  "finance.honorarium.tier_reached": {
    version: 1,
    payload: z.object({
      userId: id,
      localAssociationId: id,
      year: z.number().int(),
      tierId: id,
      minAssignments: z.number().int(),
      amountOre: z.number().int(),
      assignmentCount: z.number().int(),
    }),
  },
  /** Version 2: ids only; the coordinator's reason stays in finance (the claim shows it; version 1 carried it; still read). */
  "finance.expense.rejected": {
    version: 2,
    payload: expenseRejected,
    legacy: { 1: expenseRejected.extend({ reason: z.string() }) },
  },
} as const satisfies CatalogEntries;
