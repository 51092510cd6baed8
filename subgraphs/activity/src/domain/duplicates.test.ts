import { describe, expect, it } from "vitest";
import { duplicateIndex, suspectedDuplicate, type DuplicateCandidate } from "./duplicates.js";

/** A small seeded PRNG (mulberry32), so the batch is the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("duplicate_detection over a batch (duplicateIndex)", () => {
  it("flags exactly what the plain scan flags, ties on distance included, for stored rows and earlier rows of the batch", () => {
    const rand = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const base = Date.UTC(2026, 0, 1);
    const make = (i: number): DuplicateCandidate => ({
      id: `a${i}`,
      userId: pick(["u1", "u2", "u3"]),
      contactId: pick([null, "c1", "c2", "c3"]),
      localAssociationId: pick(["la1", "la2"]),
      activityType: pick(["home_visit", "phone_call"]),
      // Minutes on a coarse grid, so equal distances (ties) occur often.
      activityDate: new Date(base + Math.floor(rand() * 400) * 15 * 60_000),
    });
    const stored = Array.from({ length: 300 }, (_, i) => make(i));
    const batch = Array.from({ length: 600 }, (_, i) => make(1000 + i));
    for (const window of [0, 30, 120]) {
      const scan: DuplicateCandidate[] = [...stored];
      const index = duplicateIndex(stored, window);
      let flagged = 0;
      for (const row of batch) {
        const expected = suspectedDuplicate(row, scan, window);
        expect(index.suspect(row)?.id ?? null).toBe(expected?.id ?? null);
        if (expected) flagged++;
        scan.push(row);
        index.add(row);
      }
      if (window > 0) expect(flagged).toBeGreaterThan(0);
    }
  });

  it("looks only at the same activity type, within the window both ways", () => {
    const c = (id: string, type: string, minutes: number): DuplicateCandidate => ({
      id,
      userId: "u1",
      contactId: "c1",
      localAssociationId: "la1",
      activityType: type,
      activityDate: new Date(Date.UTC(2026, 0, 1) + minutes * 60_000),
    });
    const index = duplicateIndex(
      [c("far", "home_visit", -61), c("other-type", "phone_call", 0), c("edge", "home_visit", 60)],
      60,
    );
    expect(index.suspect(c("new", "home_visit", 0))?.id).toBe("edge");
    expect(index.suspect(c("new", "group_meeting", 0))).toBeNull();
  });
});
