/**
 * The scheduled jobs, run by the engagement worker (and by tests with any
 * clock): certification status sweep, reminder engine, delivery sender,
 * year-of-service badges. The server runs them with @meander/subgraph-kit's
 * intervalWorker (no overlap, a failed run retried sooner with back-off).
 */
import type { UnitOfWork } from "@meander/events";
import type { Channels } from "../delivery/channels.js";
import { awardServiceYears } from "./badges.js";
import { sweepCertificationStatuses } from "./certifications.js";
import { deliverDue } from "./deliveries.js";
import { runReminders } from "./reminders.js";

export async function runScheduledJobs(uow: UnitOfWork, channels: Channels, now: Date) {
  const certifications = await sweepCertificationStatuses(uow, now);
  const reminders = await runReminders(uow, now);
  const deliveries = await deliverDue(uow, channels, now);
  const serviceBadges = await awardServiceYears(uow, now);
  return { certifications, reminders, deliveries, serviceBadges };
}
