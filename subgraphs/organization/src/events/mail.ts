/**
 * The "mail" consumer (group organization.mail): records the confirmation mail
 * of each demo booking as a delivery row, in the consumer's transaction (the
 * event id is marked processed in the same one, so a redelivery records
 * nothing twice). The mail worker (leads/mailer.ts) sends it: the consumer's
 * own retries (5, exponential, seconds) are far too short for an SMTP server
 * that is down for a while.
 */
import { randomUUID } from "node:crypto";
import type { ConsumerHandlers } from "@meander/events";
import { mailDeliveries } from "../db/schema/index.js";

export const mailHandlers: ConsumerHandlers = {
  "organization.demo_booking.created": async (event, tx) => {
    await tx
      .insert(mailDeliveries)
      .values({ id: randomUUID(), leadId: event.payload.leadId, demoBookingId: event.payload.demoBookingId })
      .onConflictDoNothing();
  },
};
