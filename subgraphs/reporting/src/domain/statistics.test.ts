import { describe, expect, it } from "vitest";
import {
  busiestMonth,
  hoursOf,
  isDay,
  monthOf,
  monthSeries,
  osloToday,
  periodDays,
  periodProblem,
  yearJustEnded,
  yearOf,
} from "./statistics.js";

describe("statistics rules", () => {
  it("accepts only real calendar days", () => {
    expect(isDay("2025-02-28")).toBe(true);
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2025-2-1")).toBe(false);
    expect(isDay("yesterday")).toBe(false);
  });

  it("checks a period's format, order and length", () => {
    expect(periodProblem({ from: "2025-01-01", to: "2025-12-31" })).toBeNull();
    expect(periodProblem({ from: "2024-01-01", to: "2024-12-31" })).toBeNull(); // 366 days
    expect(periodProblem({ from: "2025-01-01", to: "2026-01-02" })).toEqual({ field: "to", rule: "period_length" });
    expect(periodProblem({ from: "2025-03-02", to: "2025-03-01" })).toEqual({ field: "to", rule: "period_order" });
    expect(periodProblem({ from: "2025-13-01", to: "2025-12-01" })).toEqual({ field: "from", rule: "date_format" });
    expect(periodProblem({ from: "2025-01-01", to: "x" })).toEqual({ field: "to", rule: "date_format" });
    expect(periodDays({ from: "2025-03-01", to: "2025-03-01" })).toBe(1);
  });

  it("finds the month and year of a day, leap years included", () => {
    expect(monthOf("2024-02-10")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthOf("2025-02-10")).toEqual({ from: "2025-02-01", to: "2025-02-28" });
    expect(monthOf("2025-12-31")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(yearOf("2025-06-15")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("takes today and the year just ended in Norwegian time", () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Oslo.
    expect(osloToday(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(yearJustEnded(new Date("2025-12-31T23:30:00Z"))).toBe(2025);
    expect(yearJustEnded(new Date("2025-12-31T22:30:00Z"))).toBe(2024);
  });

  it("rounds hours to two decimals", () => {
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(100)).toBe(1.67);
    expect(hoursOf(0)).toBe(0);
  });

  it("picks the busiest month, the earliest on a tie, none for an empty year", () => {
    expect(busiestMonth([0, 3, 0, 5, 5, 0, 0, 0, 0, 0, 0, 1])).toBe(4);
    expect(busiestMonth(Array(12).fill(0))).toBeNull();
    expect(
      monthSeries([
        { month: 1, count: 2 },
        { month: 12, count: 3 },
      ]),
    ).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
  });
});
