/** Reporting's events for the mentor: their Wrapped is ready (idempotent through the consumer: one notification per event). */
import type { ConsumerHandlers } from "@meander/events";
import { notify } from "../application/notify.js";
import { annualSummaryText } from "../domain/notification-texts.js";

export const reportingHandlers: ConsumerHandlers = {
  "reporting.wrapped.ready": async (event, tx) => {
    if (!event.organizationId) return; // a notification belongs to an organization
    const p = event.payload;
    const text = annualSummaryText(p.year, p.activities, p.minutes);
    await notify(
      tx,
      {
        organizationId: event.organizationId,
        userId: p.userId,
        category: "annual_summary",
        text,
        data: { year: String(p.year) },
      },
      new Date(event.occurredAt),
    );
  },
};
