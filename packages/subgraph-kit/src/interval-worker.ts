/**
 * A background worker that runs a job every `intervalMs` (first run one interval
 * after start). Runs never overlap; `stop()` waits for a run in progress. A failed
 * run is reported and tried again sooner than the interval, backing off (1 s,
 * 2 s, 4 s ... up to the interval itself) until one succeeds: a database that is
 * away for a moment delays a job by seconds, not by a whole interval, and a long
 * outage costs one attempt per interval at most. Used by scheduled jobs
 * (reporting's report schedules, engagement's scheduled jobs).
 */
import type { Worker } from "./service.js";

export function intervalWorker(opts: {
  intervalMs: number;
  run: (now: Date) => Promise<unknown>;
  clock?: () => Date;
  onError: (err: unknown) => void;
  /** First wait after a failed run (doubled after each further failure, capped at the interval). Default 1 s. */
  retryAfterMs?: number;
}): Worker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  let failures = 0;
  const clock = opts.clock ?? (() => new Date());
  const retryAfter = opts.retryAfterMs ?? 1_000;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  function tick() {
    running = Promise.resolve()
      .then(() => opts.run(clock()))
      .then(
        () => void (failures = 0),
        (err: unknown) => {
          failures += 1;
          opts.onError(err);
        },
      )
      .finally(() => {
        running = undefined;
        schedule(failures === 0 ? opts.intervalMs : Math.min(opts.intervalMs, retryAfter * 2 ** (failures - 1)));
      });
  }
  return {
    start() {
      stopped = false;
      schedule(opts.intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
