/**
 * Waiting for what an event causes (a projection row, a published event, a delivery): the suite's one way. Events
 * cross a real broker, and on a loaded 2-core CI machine delivery takes seconds, so every wait gets the suite's event
 * timeout (the same as `expect.poll`'s, vitest.shared.ts), never vi.waitFor's 1-second default or a bare sleep.
 */
import { vi } from "vitest";

/** How long a test waits for an event to have its effect. */
export const EVENT_TIMEOUT_MS = 20_000;

/** Retries `check` (an assertion or a lookup that throws until it holds) until it passes or EVENT_TIMEOUT_MS runs out. */
export function waitForEvent<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: EVENT_TIMEOUT_MS, interval: 50 });
}
