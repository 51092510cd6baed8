/**
 * finance's part of a subject access export (issue 24 item 3): a user's expenses (with the expense type's name),
 * their approvals and receipts (file name, type, size, checksum; the files stay in the receipt store), payouts
 * (reimbursements, their approvals), honorarium awards, and the payee details accounting uses (display name,
 * accounting reference). finance holds nothing about a contact: every category is empty for one.
 */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import {
  accountingReferences,
  expenseApprovals,
  expenses,
  expenseTypes,
  honorariumAwards,
  personNames,
  receipts,
  reimbursementApprovals,
  reimbursements,
} from "../../db/schema/index.js";

const none = ["00000000-0000-0000-0000-000000000000"];
const idsOf = (rows: Array<{ id: string }>) => (rows.length ? rows.map((r) => r.id) : none);

export async function financeExportPart(tx: Tx, request: PartRequest): Promise<ExportPart> {
  const userId = request.subject.userId;
  if (!userId) {
    return {
      subgraph: "finance",
      categories: {
        expenses: [],
        expenseApprovals: [],
        receipts: [],
        payouts: [],
        payoutApprovals: [],
        honorariums: [],
        payee: [],
      },
    };
  }
  const types = await tx
    .select({ key: expenseTypes.key, name: expenseTypes.name })
    .from(expenseTypes)
    .where(eq(expenseTypes.organizationId, request.organizationId));
  const typeName = new Map(types.map((t) => [t.key, t.name]));
  const claimed = await tx.select().from(expenses).where(eq(expenses.userId, userId));
  const paid = await tx.select().from(reimbursements).where(eq(reimbursements.userId, userId));
  const names = await tx.select().from(personNames).where(eq(personNames.userId, userId));
  return {
    subgraph: "finance",
    labels: Object.fromEntries(names.map((n) => [n.userId, n.displayName])),
    categories: {
      expenses: claimed.map((e) => ({ ...toRecord(e), expenseTypeName: typeName.get(e.expenseType) ?? e.expenseType })),
      expenseApprovals: (
        await tx
          .select()
          .from(expenseApprovals)
          .where(inArray(expenseApprovals.expenseId, idsOf(claimed)))
      ).map((r) => toRecord(r)),
      receipts: (
        await tx
          .select()
          .from(receipts)
          .where(inArray(receipts.expenseId, idsOf(claimed)))
      ).map((r) => toRecord(r, ["storageKey"])),
      payouts: paid.map((r) => toRecord(r)),
      payoutApprovals: (
        await tx
          .select()
          .from(reimbursementApprovals)
          .where(inArray(reimbursementApprovals.reimbursementId, idsOf(paid)))
      ).map((r) => toRecord(r)),
      honorariums: (await tx.select().from(honorariumAwards).where(eq(honorariumAwards.userId, userId))).map((r) =>
        toRecord(r),
      ),
      payee: [
        ...names.map((n) => toRecord(n)),
        ...(await tx.select().from(accountingReferences).where(eq(accountingReferences.userId, userId))).map((r) =>
          toRecord(r),
        ),
      ],
    },
  };
}
