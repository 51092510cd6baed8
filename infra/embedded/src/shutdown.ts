/**
 * How the embedded start ends (issue 18): Ctrl-C, SIGTERM or SIGHUP, to the process or its whole group, stop it
 * gracefully, and a hard deadline ends it even when stopping hangs (a stuck request holding the one PGlite
 * transaction, a close that never returns). The same signal arriving twice at once (the terminal's Ctrl-C reaches
 * the whole group, and `npm start` forwards it too) counts once; a second Ctrl-C a moment later stops at once.
 *
 * PGlite runs in this thread, and a long statement (opening the database, a migration, under load tens of seconds)
 * holds it: a timer of this thread would fire only after. So the deadline is kept twice: by a timer here (exits
 * cleanly, the data directory's lock given back) and, a second later, by a watchdog thread that kills the process
 * whatever this thread is doing (the next start takes the lock over). `npm start` kills at 10 s besides.
 */
import { Worker } from "node:worker_threads";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Signals closer together than this are one request to stop (delivered to the group and forwarded). */
const SAME_REQUEST_MS = 1000;
/** How long after the deadline the watchdog kills a process whose own thread could not exit. */
const WATCHDOG_GRACE_MS = 1000;

export interface StopOnSignals {
  /** Aborted at the first signal: a start in progress gives up at its next step. */
  signal: AbortSignal;
}

export function stopOnSignals(opts: {
  /** Graceful stop of whatever runs (or is starting) now. */
  stop: () => Promise<void>;
  /** From the first signal to a forced exit (the start script allows 10 s in all). */
  deadlineMs: number;
  say?: (line: string) => void;
}): StopOnSignals {
  const say = opts.say ?? ((line: string) => console.log(line));
  const controller = new AbortController();
  const watchdog = startWatchdog();
  let first = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (first) {
      if (Date.now() - first < SAME_REQUEST_MS) return;
      say(`${signal} again: stopping at once.`);
      process.exit(130);
    }
    first = Date.now();
    say(`\nStopping Meander (${signal}; at most ${Math.round(opts.deadlineMs / 1000)} s)...`);
    controller.abort(new Error(`stopped by ${signal}`));
    watchdog.postMessage(opts.deadlineMs + WATCHDOG_GRACE_MS);
    setTimeout(() => {
      say(
        `Meander did not stop within ${Math.round(opts.deadlineMs / 1000)} s (a request or the database is stuck); exiting anyway.`,
      );
      process.exit(1);
    }, opts.deadlineMs);
    opts.stop().then(
      () => {
        say("Stopped.");
        process.exit(0);
      },
      (err: unknown) => {
        console.error("Stopping failed:", err);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { signal: controller.signal };
}

/**
 * A thread of its own that, once told the deadline, kills the process at it (SIGKILL: nothing of this thread runs,
 * so it cannot be held up). Started with the handlers, so that it is up before any signal; it keeps nothing alive.
 */
function startWatchdog(): Worker {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     const { writeSync } = require("node:fs");
     parentPort.once("message", (ms) => {
       setTimeout(() => {
         writeSync(2, "Meander did not stop within " + Math.round(ms / 1000) + " s and its thread is busy; killing it.\\n");
         process.kill(process.pid, "SIGKILL");
       }, ms);
     });`,
    { eval: true, execArgv: [] }, // plain Node: no TypeScript loader to start in it
  );
  worker.unref();
  return worker;
}
