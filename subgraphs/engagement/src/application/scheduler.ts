/**
 * The scheduled jobs, run by the engagement worker (and by tests with any
 * clock): certification status sweep, reminder engine, delivery sender,
 * year-of-service badges.
 */
import type { Worker } from "@meander/subgraph-kit";
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

/**
 * A worker that runs the jobs every `intervalMs` (first run one interval after
 * start). Runs never overlap; a failed run is reported and the next one tries again.
 */
export function schedulerWorker(opts: {
  intervalMs: number;
  run: (now: Date) => Promise<unknown>;
  clock?: () => Date;
  onError: (err: unknown) => void;
}): Worker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const clock = opts.clock ?? (() => new Date());
  return {
    start() {
      timer = setInterval(() => {
        if (running) return;
        running = opts
          .run(clock())
          .then(() => undefined, opts.onError)
          .finally(() => (running = undefined));
      }, opts.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
