/**
 * A person's rows, for their access export (issue 24 item 3): what finance holds about them, as far as the scope sees
 * (the privacy consumer names the requesting organization's, as its transaction's row-level security does).
 */
import { eq, inArray, and } from "drizzle-orm";
import { onlyUuids, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  accountingReferences,
  expenseApprovals,
  expenses,
  honorariumAwards,
  receipts,
  reimbursementApprovals,
  reimbursements,
} from "../schema/index.js";

export function createSubjectDataRepository(db: Executor, scope: Scope) {
  const org = (column: Parameters<typeof scopedWhere>[1]["organization"]) =>
    scopedWhere(scope, { organization: column });

  return {
    async expenses(userId: string) {
      return db
        .select()
        .from(expenses)
        .where(and(eq(expenses.userId, userId), org(expenses.organizationId)));
    },
    async expenseApprovals(expenseIds: readonly string[]) {
      const valid = onlyUuids(expenseIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(expenseApprovals)
        .where(and(inArray(expenseApprovals.expenseId, valid), org(expenseApprovals.organizationId)));
    },
    async receipts(expenseIds: readonly string[]) {
      const valid = onlyUuids(expenseIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(receipts)
        .where(and(inArray(receipts.expenseId, valid), org(receipts.organizationId)));
    },
    async reimbursements(userId: string) {
      return db
        .select()
        .from(reimbursements)
        .where(and(eq(reimbursements.userId, userId), org(reimbursements.organizationId)));
    },
    async reimbursementApprovals(reimbursementIds: readonly string[]) {
      const valid = onlyUuids(reimbursementIds);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(reimbursementApprovals)
        .where(and(inArray(reimbursementApprovals.reimbursementId, valid), org(reimbursementApprovals.organizationId)));
    },
    async honorariumAwards(userId: string) {
      return db
        .select()
        .from(honorariumAwards)
        .where(and(eq(honorariumAwards.userId, userId), org(honorariumAwards.organizationId)));
    },
    async accountingReferences(userId: string) {
      return db
        .select()
        .from(accountingReferences)
        .where(and(eq(accountingReferences.userId, userId), org(accountingReferences.organizationId)));
    },
  };
}
