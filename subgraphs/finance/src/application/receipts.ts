/**
 * Receipts: a photo or PDF uploaded for an expense. The bytes pass
 * @meander/storage's gate first (size, content type detected from the bytes,
 * images re-encoded without location metadata), so a refused file stores
 * nothing; then the object is written and its metadata row inserted in one
 * transaction (the object is deleted again if the transaction fails). A
 * receipt may let a claim be approved automatically.
 */
import { badInput, conflictBy, forbiddenBy, notFound, uploadRefusal } from "@meander/validation";
import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import {
  acceptUpload,
  decodeBase64Upload,
  newObjectKey,
  uploadPolicies,
  UploadRejectedError,
  type ObjectStore,
  type UploadPolicy,
} from "@meander/storage";
import { createApprovalRepository, type ReceiptRow } from "../db/repositories/approvals.js";
import { createExpenseTypeRepository } from "../db/repositories/expense-types.js";
import { createExpenseRepository } from "../db/repositories/expenses.js";
import type { Submitter } from "../domain/expense.js";
import { tryAutoApprove } from "./approvals.js";
import { actorScope } from "./scope.js";

/**
 * The receipt policy: storage's preset (10 MiB). The file travels base64 inside
 * a GraphQL request: clients send it to the gateway's `/graphql/upload` path
 * (which takes large bodies for upload mutations only), and the subgraph's own
 * body limit is raised to match (server.ts, see the README). A file over the
 * limit is refused PAYLOAD_TOO_LARGE naming `contentBase64` and the limit.
 */
export const RECEIPT_POLICY: UploadPolicy = uploadPolicies.receipt;
export const RECEIPTS_PER_EXPENSE = 10;
const FILE_NAME_MAX = 200;

export interface ReceiptUpload {
  expenseId: string;
  fileName: string;
  contentType: string | null;
  contentBase64: string;
}

export async function uploadReceipt(
  uow: UnitOfWork,
  store: ObjectStore,
  actor: Submitter,
  requestId: string,
  input: ReceiptUpload,
  opts: { now?: Date } = {},
): Promise<ReceiptRow> {
  const now = opts.now ?? new Date();
  if (actor.organizationId === null)
    throw forbiddenBy("organization_context_required", "Receipts belong to an organization's expenses");
  const organizationId = actor.organizationId;
  const scope = actorScope(actor);
  const fileName = input.fileName.trim();
  if (fileName.length === 0 || fileName.length > FILE_NAME_MAX)
    throw badInput("file_name_length", "fileName", `A file name is 1-${FILE_NAME_MAX} characters`);
  const [visible] = await uow.run(scopes.organization(organizationId), (tx) =>
    createExpenseRepository(tx, scope).byIds([input.expenseId]),
  );
  if (!visible) throw notFound("Expense");
  let accepted;
  try {
    accepted = await acceptUpload(decodeBase64Upload(input.contentBase64), RECEIPT_POLICY, {
      declaredContentType: input.contentType,
    });
  } catch (e) {
    if (e instanceof UploadRejectedError) throw uploadRefusal(e, "contentBase64");
    throw e;
  }
  const key = newObjectKey("receipts", accepted.extension);
  await store.put(organizationId, key, accepted.bytes, {
    contentType: accepted.contentType,
    metadata: { sha256: accepted.sha256 },
  });
  try {
    return await uow.run(scopes.organization(organizationId), async (tx, events) => {
      const expense = await createExpenseRepository(tx, scope).lockById(input.expenseId);
      if (!expense) throw notFound("Expense");
      if (expense.status === "rejected")
        throw conflictBy("expense_rejected", "The expense was rejected: no receipts can be added (expense_rejected)");
      const approvals = createApprovalRepository(tx, scopes.organization(organizationId));
      if ((await approvals.receiptCount(expense.id)) >= RECEIPTS_PER_EXPENSE)
        throw badInput("receipt_count", "expenseId", `At most ${RECEIPTS_PER_EXPENSE} receipts per expense`);
      const receipt = await approvals.insertReceipt({
        id: randomUUID(),
        expenseId: expense.id,
        organizationId,
        storageKey: key,
        fileName,
        contentType: accepted.contentType,
        sizeBytes: accepted.size,
        sha256: accepted.sha256,
        width: accepted.width,
        height: accepted.height,
        uploadedBy: actor.userId,
      });
      const type = await createExpenseTypeRepository(tx, scopes.organization(organizationId)).byKey(
        organizationId,
        expense.expenseType,
      );
      await tryAutoApprove(tx, events, expense, type, requestId, now);
      return receipt;
    });
  } catch (e) {
    await store.delete(organizationId, key).catch(() => undefined);
    throw e;
  }
}

/** The stored bytes of a receipt the caller may see (through its row: the tenant check), base64-encoded. */
export async function receiptContent(store: ObjectStore, receipt: ReceiptRow): Promise<string | null> {
  const object = await store.get(receipt.organizationId, receipt.storageKey);
  return object ? object.bytes.toString("base64") : null;
}
