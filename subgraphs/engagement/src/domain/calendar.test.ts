import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, daysOf, isoWeek, osloDate, osloMinuteOfDay } from "./calendar.js";

describe("calendar (Norwegian days)", () => {
  it("takes the day and minute in Norway, across midnight and daylight saving time", () => {
    expect(osloDate(new Date("2028-01-29T23:30:00Z"))).toBe("2028-01-30"); // winter: UTC+1
    expect(osloDate(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01"); // summer: UTC+2
    expect(osloMinuteOfDay(new Date("2027-12-12T22:30:00Z"))).toBe(23 * 60 + 30);
    expect(osloMinuteOfDay(new Date("2027-06-12T22:30:00Z"))).toBe(30);
  });

  it("adds days and months (clamped to the month's end), counts days and lists them", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-03-01", 12)).toBe("2028-03-01");
    expect(daysBetween("2027-06-01", "2027-06-11")).toBe(10);
    expect(daysOf("2027-04-06", "2027-04-08")).toEqual(["2027-04-06", "2027-04-07", "2027-04-08"]);
  });

  it("names ISO weeks, the first Thursday deciding the year", () => {
    expect(isoWeek("2027-09-06")).toBe("2027-W36");
    expect(isoWeek("2027-09-12")).toBe("2027-W36");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2026-12-31")).toBe("2026-W53");
    expect(isoWeek("2025-12-29")).toBe("2026-W01");
  });
});
