/**
 * finance's part of an erasure (issue 24 item 4), in the consumer's transaction. Receipts are stored plain (finance
 * has no per-subject encryption), so nothing but deleting their objects makes them unreadable:
 * - a user: the display name copied from identity is forgotten; their receipts get a neutral file name, and their
 *   objects are deleted, except receipts of expenses in a reimbursement already exported to accounting: those are
 *   the voucher's primary documentation, kept as they were for five years (bookkeeping act §13; GDPR art. 17(3)(b)).
 * - a contact: receipts of expenses on activities with them get a neutral file name (the uploader's name may name
 *   the contact); the files stay: they document the mentor's expense, not the contact.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import { deleteObjects, erasedFileName, type ObjectStore } from "@meander/storage";
import { createPersonNameRepository } from "../../db/repositories/payees.js";

/** The file name a receipt keeps after the person it may name was erased (and its extension). */
export const ERASED_RECEIPT = "slettet-kvittering";

export async function eraseFromFinance(tx: Tx, store: ObjectStore, subject: ErasureSubject): Promise<void> {
  if (subject.type === "user") await createPersonNameRepository(tx).forgetName(subject.id);
  if (!subject.organizationId) return;
  const { organizationId, id } = subject;
  const expensesOf =
    subject.type === "user"
      ? sql`select e.id from finance.expenses e where e.organization_id = ${organizationId} and e.user_id = ${id}`
      : sql`select e.id from finance.expenses e join finance.activity_projection a on a.activity_id = e.activity_id
          where e.organization_id = ${organizationId} and a.contact_id = ${id}`;
  const receipts = await queryRows<{ id: string; file_name: string; storage_key: string; exported: boolean }>(
    tx,
    sql`select r.id, r.file_name, r.storage_key,
        exists (select 1 from finance.expenses e join finance.reimbursements m on m.id = e.reimbursement_id where e.id = r.expense_id and m.export_id is not null) as exported
      from finance.receipts r where r.organization_id = ${organizationId} and r.expense_id in (${expensesOf})`,
  );
  for (const r of receipts)
    await tx.execute(
      sql`update finance.receipts set file_name = ${erasedFileName(r.file_name, ERASED_RECEIPT)} where id = ${r.id}`,
    );
  if (subject.type === "user")
    await deleteObjects(
      store,
      organizationId,
      receipts.filter((r) => !r.exported).map((r) => r.storage_key),
    );
}
