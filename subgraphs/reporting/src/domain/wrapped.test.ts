import { describe, expect, it } from "vitest";
import { buildWrapped, sameWrapped } from "./wrapped.js";

describe("Wrapped", () => {
  it("sums a mentor's year, finds the busiest month and keeps badges in award order", () => {
    const [w, badgeOnly, gatheringOnly] = buildWrapped(2025, {
      monthly: [
        { userId: "a", month: 3, count: 2, minutes: 90 },
        { userId: "a", month: 7, count: 4, minutes: 240 },
      ],
      contacts: [{ userId: "a", contacts: 3 }],
      attended: [
        { userId: "a", events: 2 },
        { userId: "c", events: 1 },
      ],
      badges: [
        { userId: "a", badgeKey: "first_visit", badgeName: "Første besøk" },
        { userId: "b", badgeKey: "helper" },
        { userId: "a", badgeKey: "ten_visits" },
      ],
    });
    expect(w).toEqual({
      userId: "a",
      year: 2025,
      activities: 6,
      minutes: 330,
      contactsReached: 3,
      eventsAttended: 2,
      badges: [
        { key: "first_visit", name: "Første besøk" },
        { key: "ten_visits", name: null },
      ],
      busiestMonth: 7,
      busiestMonthActivities: 4,
      byMonth: [0, 0, 2, 0, 0, 0, 4, 0, 0, 0, 0, 0],
      // Certifications and top types come from their own queries (application/wrapped.ts); none were passed here.
      certifications: [],
      topActivityTypes: [],
    });
    expect(badgeOnly).toMatchObject({
      userId: "b",
      activities: 0,
      busiestMonth: null,
      busiestMonthActivities: 0,
      badges: [{ key: "helper", name: null }],
      eventsAttended: 0,
    });
    expect(gatheringOnly).toMatchObject({ userId: "c", activities: 0, eventsAttended: 1, badges: [] });
  });

  it("tells an unchanged summary from a changed one", () => {
    const [w] = buildWrapped(2025, {
      monthly: [{ userId: "a", month: 1, count: 1, minutes: 30 }],
      contacts: [],
      badges: [],
    });
    expect(sameWrapped(w!, { ...w!, byMonth: [...w!.byMonth] })).toBe(true);
    expect(sameWrapped(w!, { ...w!, contactsReached: 1 })).toBe(false);
    expect(sameWrapped(w!, { ...w!, eventsAttended: 3 })).toBe(false);
    expect(sameWrapped(w!, { ...w!, badges: [{ key: "helper", name: "Hjelper" }] })).toBe(false);
  });
});
