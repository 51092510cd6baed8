/** Finance's events for the mentor: a reimbursement was paid (idempotent through the consumer: one notification per event). */
import type { ConsumerHandlers } from "@meander/events";
import { notify } from "../application/notify.js";
import { reimbursementPaidText } from "../domain/notification-texts.js";

export const financeHandlers: ConsumerHandlers = {
  "finance.reimbursement.paid": async (event, tx) => {
    if (!event.organizationId) return; // a notification belongs to an organization
    const p = event.payload;
    const text = reimbursementPaidText(p.totalOre, new Date(p.paidAt));
    await notify(
      tx,
      {
        organizationId: event.organizationId,
        userId: p.userId,
        category: "reimbursement_paid",
        text,
        data: { reimbursementId: p.reimbursementId },
      },
      new Date(event.occurredAt),
    );
  },
};
