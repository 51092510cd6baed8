/**
 * A clock the test controls, for a service whose rules read today's date (startSubgraph's `now`): it stands at
 * `start` until the test moves it, so a test asserts fixed dates whatever day and hour the suite runs.
 */
import type { Clock } from "@meander/auth";

export interface TestClock {
  /** The service's clock: the test's current instant (a fresh Date each call). */
  now: Clock;
  /** Puts the clock at `at`. */
  set(at: Date | string): void;
  /** Moves the clock on by `ms`. */
  advance(ms: number): void;
}

export function testClock(start: Date | string): TestClock {
  let at = new Date(start).getTime();
  if (Number.isNaN(at)) throw new Error(`testClock: not a date: ${String(start)}`);
  return {
    now: () => new Date(at),
    set: (d) => void (at = new Date(d).getTime()),
    advance: (ms) => void (at += ms),
  };
}
