import { describe, expect, it } from "vitest";
import { createRng } from "./prng.js";

describe("createRng", () => {
  it("draws the same stream from the same seed and another from another seed", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 5 }, () => a.uuid());
    expect(Array.from({ length: 5 }, () => b.uuid())).toEqual(xs);
    expect(c.uuid()).not.toBe(xs[0]);
  });

  it("makes well-formed UUIDs and keeps ints in range", () => {
    const r = createRng(1);
    for (let i = 0; i < 1000; i++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const n = r.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });
});
