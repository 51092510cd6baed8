import { describe, expect, it } from "vitest";
import { mentorStatistics, periodStatistics, teamStatistics, type FactGroup } from "./statistics-fold.js";

const P = { from: "2025-01-01", to: "2025-01-31" };
const g = (over: Partial<FactGroup>): FactGroup => ({
  localAssociationId: "la1",
  userId: "u1",
  status: "approved",
  countable: true,
  reason: null,
  activities: 1,
  minutes: 60,
  ...over,
});

describe("statistics fold", () => {
  it("counts rejected activities apart and leaves them out of hours and countability", () => {
    const s = periodStatistics(P, [
      g({ activities: 2, minutes: 120 }),
      g({ status: "pending_review", countable: false, reason: "phone_not_countable", minutes: 30 }),
      g({ status: "flagged", countable: false, reason: null, minutes: 15 }),
      g({ status: "rejected", activities: 4, minutes: 600 }),
    ]);
    expect(s).toEqual({
      ...P,
      activities: 4,
      approved: 2,
      pending: 2,
      rejected: 4,
      hours: 2.75,
      countable: 2,
      notCountable: 2,
      notCountableReasons: [
        { reason: "phone_not_countable", count: 1 },
        { reason: "unknown", count: 1 },
      ],
    });
  });

  it("gives zeros for no groups", () => {
    expect(periodStatistics(P, [])).toMatchObject({ activities: 0, hours: 0, notCountableReasons: [] });
  });

  it("orders mentors by activities and skips rejected work", () => {
    const m = mentorStatistics([
      g({ userId: "b" }),
      g({ userId: "a", activities: 3, minutes: 90 }),
      g({ userId: "c", status: "rejected" }),
    ]);
    expect(m).toEqual([
      { userId: "a", activities: 3, approved: 3, hours: 1.5 },
      { userId: "b", activities: 1, approved: 1, hours: 1 },
    ]);
  });

  it("splits by local association and leaves out activities without one", () => {
    const t = teamStatistics(P, [g({ localAssociationId: "la2" }), g({}), g({ localAssociationId: null })]);
    expect(t.map((x) => [x.localAssociationId, x.totals.activities])).toEqual([
      ["la1", 1],
      ["la2", 1],
    ]);
  });
});
