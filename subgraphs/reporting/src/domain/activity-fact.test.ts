import { describe, expect, it } from "vitest";
import { activityDay, countDelta, decisionSupersedes, isZeroDelta, statusBucket } from "./activity-fact.js";

describe("activity fact rules", () => {
  it("takes the activity-day in Norwegian time, summer and winter", () => {
    expect(activityDay("2025-03-01T23:30:00Z")).toBe("2025-03-02"); // CET, UTC+1
    expect(activityDay("2025-03-01T22:59:59Z")).toBe("2025-03-01");
    expect(activityDay("2025-07-14T22:15:00Z")).toBe("2025-07-15"); // CEST, UTC+2
    expect(activityDay("2025-07-14T21:59:00Z")).toBe("2025-07-14");
    expect(activityDay("2025-07-15T00:30:00+02:00")).toBe("2025-07-15");
    expect(() => activityDay("yesterday")).toThrow(RangeError);
  });

  it("puts every undecided status in the pending bucket", () => {
    expect(["draft", "pending_review", "flagged"].map(statusBucket)).toEqual(["pending", "pending", "pending"]);
    expect(statusBucket("approved")).toBe("approved");
    expect(statusBucket("rejected")).toBe("rejected");
  });

  it("counts a new fact once and moves a status change between buckets", () => {
    expect(countDelta(null, "pending_review")).toEqual({ registered: 1, pending: 1, approved: 0, rejected: 0 });
    expect(countDelta(null, "approved")).toEqual({ registered: 1, pending: 0, approved: 1, rejected: 0 });
    expect(countDelta("pending_review", "approved")).toEqual({ registered: 0, pending: -1, approved: 1, rejected: 0 });
    expect(countDelta("approved", "rejected")).toEqual({ registered: 0, pending: 0, approved: -1, rejected: 1 });
    expect(isZeroDelta(countDelta("draft", "flagged"))).toBe(true);
    // A withdrawal takes the activity out of every count, registered included (issue 20).
    expect(countDelta("pending_review", "withdrawn")).toEqual({
      registered: -1,
      pending: -1,
      approved: 0,
      rejected: 0,
    });
    expect(isZeroDelta(countDelta(null, "withdrawn"))).toBe(true);
    expect(isZeroDelta(countDelta("draft", "approved"))).toBe(false);
  });

  it("lets a decision replace an undecided status, and the later of two decisions win", () => {
    const t0 = new Date("2025-05-01T10:00:00Z");
    const t1 = new Date("2025-05-02T10:00:00Z");
    expect(
      decisionSupersedes({ status: "pending_review", statusChangedAt: t1 }, { status: "approved", decidedAt: t0 }),
    ).toBe(true);
    expect(decisionSupersedes({ status: "approved", statusChangedAt: t0 }, { status: "rejected", decidedAt: t1 })).toBe(
      true,
    );
    expect(decisionSupersedes({ status: "rejected", statusChangedAt: t1 }, { status: "approved", decidedAt: t0 })).toBe(
      false,
    );
    expect(decisionSupersedes({ status: "approved", statusChangedAt: t0 }, { status: "approved", decidedAt: t1 })).toBe(
      false,
    );
  });
});
