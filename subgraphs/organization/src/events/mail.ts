/**
 * The "mail" consumer (group organization.mail): records the confirmation mail
 * of each demo booking as a delivery row, in the consumer's transaction (the
 * event id is marked processed in the same one, so a redelivery records
 * nothing twice). The mail worker (leads/mailer.ts) sends it: the consumer's
 * own retries (5, exponential, seconds) are far too short for an SMTP server
 * that is down for a while.
 */
import { randomUUID } from "node:crypto";
import { scopes } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import { createMailDeliveryRepository } from "../db/repositories/mail-deliveries.js";

export const mailHandlers: ConsumerHandlers = {
  // Leads' mails are the platform's data (no organization): the consumer acts for the platform.
  "organization.demo_booking.created": async (event, tx) => {
    await createMailDeliveryRepository(tx, scopes.platform()).record({
      id: randomUUID(),
      leadId: event.payload.leadId,
      demoBookingId: event.payload.demoBookingId,
    });
  },
};
