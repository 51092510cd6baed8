/**
 * finance's part of an erasure (issue 24 item 4), in the consumer's transaction. Receipts are stored plain (finance
 * has no per-subject encryption), so nothing but deleting their objects makes them unreadable:
 * - a user: the display name copied from identity is forgotten; their receipts get a neutral file name, and their
 *   objects are deleted, except receipts of expenses in a reimbursement already exported to accounting: those are
 *   the voucher's primary documentation, kept as they were for five years (bookkeeping act §13; GDPR art. 17(3)(b)).
 * - a contact: receipts of expenses on activities with them get a neutral file name (the uploader's name may name
 *   the contact); the files stay: they document the mentor's expense, not the contact.
 */
import { scopes, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import { deleteObjects, erasedFileName, type ObjectStore } from "@meander/storage";
import { createApprovalRepository } from "../../db/repositories/approvals.js";
import { createPersonNameRepository } from "../../db/repositories/payees.js";

/** The file name a receipt keeps after the person it may name was erased (and its extension). */
export const ERASED_RECEIPT = "slettet-kvittering";

export async function eraseFromFinance(tx: Tx, store: ObjectStore, subject: ErasureSubject): Promise<void> {
  // A person's name is kept once for every organization: the platform's consumer forgets it.
  if (subject.type === "user") await createPersonNameRepository(tx, scopes.platform()).forgetName(subject.id);
  if (!subject.organizationId) return;
  const { organizationId } = subject;
  const approvals = createApprovalRepository(tx, scopes.organization(organizationId));
  const receipts = await approvals.receiptsOfSubject(subject);
  for (const r of receipts) await approvals.renameReceipt(r.id, erasedFileName(r.fileName, ERASED_RECEIPT));
  if (subject.type === "user")
    await deleteObjects(
      store,
      organizationId,
      receipts.filter((r) => !r.exported).map((r) => r.storageKey),
    );
}
