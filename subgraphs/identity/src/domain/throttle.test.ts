import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, LOCK_MS, MAX_FAILURES, WINDOW_MS, type ThrottleState } from "./throttle.js";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle", () => {
  it("locks after MAX_FAILURES failures within the window, for LOCK_MS", () => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      s = afterFailure(s, at(i * 1000));
      expect(isLocked(s, at(i * 1000))).toBe(false);
    }
    s = afterFailure(s, at(10_000));
    expect(isLocked(s, at(10_000))).toBe(true);
    expect(isLocked(s, at(10_000 + LOCK_MS - 1))).toBe(true);
    expect(isLocked(s, at(10_000 + LOCK_MS + 1))).toBe(false);
  });

  it("starts counting again once the window has passed", () => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < MAX_FAILURES - 1; i++) s = afterFailure(s, t0);
    s = afterFailure(s, at(WINDOW_MS + 1));
    expect(s.failures).toBe(1);
    expect(isLocked(s, at(WINDOW_MS + 1))).toBe(false);
  });
});
