/**
 * A background worker that runs a job every `intervalMs` (first run one interval
 * after start). Runs never overlap; a failed run is reported and the next one
 * tries again; `stop()` waits for a run in progress. Used by scheduled jobs
 * (reporting's report schedules; engagement's scheduler has the same shape).
 */
import type { Worker } from "./service.js";

export function intervalWorker(opts: { intervalMs: number; run: (now: Date) => Promise<unknown>; clock?: () => Date; onError: (err: unknown) => void }): Worker {
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
