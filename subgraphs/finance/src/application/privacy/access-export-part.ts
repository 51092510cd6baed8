/**
 * finance's part of a subject access export (issue 24 item 3): a user's expenses (with the expense type's name),
 * their approvals and receipts (file name, type, size, checksum; the files stay in the receipt store), payouts
 * (reimbursements, their approvals), honorarium awards, and the payee details accounting uses (display name,
 * accounting reference). finance holds nothing about a contact: every category is empty for one.
 */
import { scopes, type Tx } from "@meander/db";
import { toRecord, type ExportPart, type PartRequest } from "@meander/privacy/access-export";
import { createExpenseTypeRepository } from "../../db/repositories/expense-types.js";
import { createPersonNameRepository } from "../../db/repositories/payees.js";
import { createSubjectDataRepository } from "../../db/repositories/subject-data.js";

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
  // The requesting organization's rows, as the consumer's transaction is set to it (enterOrganization: row-level
  // security says the same); a display name is a person's, kept once for every organization (the platform's).
  const organization = scopes.organization(request.organizationId);
  const types = await createExpenseTypeRepository(tx, organization).list({ includeInactive: true });
  const typeName = new Map(types.map((t) => [t.key, t.name]));
  const data = createSubjectDataRepository(tx, organization);
  const claimed = await data.expenses(userId);
  const paid = await data.reimbursements(userId);
  const names = await createPersonNameRepository(tx, scopes.platform()).rowsOf(userId);
  return {
    subgraph: "finance",
    labels: Object.fromEntries(names.map((n) => [n.userId, n.displayName])),
    categories: {
      expenses: claimed.map((e) => ({ ...toRecord(e), expenseTypeName: typeName.get(e.expenseType) ?? e.expenseType })),
      expenseApprovals: (await data.expenseApprovals(claimed.map((e) => e.id))).map((r) => toRecord(r)),
      receipts: (await data.receipts(claimed.map((e) => e.id))).map((r) => toRecord(r, ["storageKey"])),
      payouts: paid.map((r) => toRecord(r)),
      payoutApprovals: (await data.reimbursementApprovals(paid.map((r) => r.id))).map((r) => toRecord(r)),
      honorariums: (await data.honorariumAwards(userId)).map((r) => toRecord(r)),
      payee: [...names.map((n) => toRecord(n)), ...(await data.accountingReferences(userId)).map((r) => toRecord(r))],
    },
  };
}
