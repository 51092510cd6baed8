import { describe, expect, it } from "vitest";
import {
  MAX_DIMENSIONS,
  nextSlot,
  nextSlotAfter,
  osloDay,
  resolvePeriod,
  validateDefinition,
  validDay,
  type DefinitionInput,
} from "./report-definition.js";

const base: DefinitionInput = {
  name: "Monthly",
  dimensions: ["ACTIVITY_TYPE"],
  metrics: ["ACTIVITIES"],
  period: { kind: "FIXED", from: "2025-01-01", to: "2025-12-31" },
};
const rules = (input: Partial<DefinitionInput>) => {
  const r = validateDefinition({ ...base, ...input });
  return r.ok ? [] : r.violations.map((v) => `${v.rule}@${v.field}`);
};

describe("validateDefinition", () => {
  it("accepts a valid definition and normalizes it", () => {
    const r = validateDefinition({
      ...base,
      name: "  Monthly  ",
      filters: { statuses: ["approved"], countable: true },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.name).toBe("Monthly");
      expect(r.spec.filters).toEqual({
        activityTypes: [],
        localAssociationIds: [],
        regionIds: [],
        mentorIds: [],
        statuses: ["approved"],
        countable: true,
      });
    }
  });
  it("names every broken rule with its field", () => {
    expect(rules({ name: " " })).toEqual(["name_length@name"]);
    expect(rules({ name: "x".repeat(121) })).toEqual(["name_length@name"]);
    expect(rules({ description: "x".repeat(1001) })).toEqual(["description_length@description"]);
    expect(rules({ dimensions: ["SQL_INJECTION"] })).toEqual(["dimension_allowed@dimensions"]);
    expect(rules({ dimensions: ["ACTIVITY_TYPE", "REGION", "MONTH", "MENTOR"] })).toEqual([
      "dimensions_max@dimensions",
    ]);
    expect(MAX_DIMENSIONS).toBe(3);
    expect(rules({ dimensions: ["REGION", "REGION"] })).toEqual(["dimension_unique@dimensions"]);
    expect(rules({ metrics: [] })).toEqual(["metrics_required@metrics"]);
    expect(rules({ metrics: ["count(*)"] })).toEqual(["metric_allowed@metrics"]);
    expect(rules({ metrics: ["HOURS", "HOURS"] })).toEqual(["metric_unique@metrics"]);
    expect(rules({ filters: { statuses: ["done"] } })).toEqual(["status_allowed@filters.statuses"]);
    expect(rules({ filters: { mentorIds: ["1; drop table x"] } })).toEqual(["id_format@filters.mentorIds"]);
    expect(rules({ filters: { activityTypes: Array.from({ length: 101 }, (_, i) => `t${i}`) } })).toEqual([
      "filter_values_max@filters.activityTypes",
    ]);
    expect(rules({ period: { kind: "FIXED", from: "2025-01-01" } })).toEqual(["required_fields@period.to"]);
    expect(rules({ period: { kind: "FIXED", from: "2025-02-30", to: "2025-03-01" } })).toEqual([
      "date_format@period.from",
    ]);
    expect(rules({ period: { kind: "FIXED", from: "2025-03-01", to: "2025-02-01" } })).toEqual([
      "period_range@period.to",
    ]);
    expect(rules({ period: { kind: "FIXED", from: "2020-01-01", to: "2025-01-01" } })).toEqual([
      "period_range@period.to",
    ]);
    expect(rules({ period: { kind: "PREVIOUS_MONTH", from: "2025-01-01" } })).toEqual(["period_dates@period.from"]);
    expect(rules({ period: { kind: "SOMETIME" } })).toEqual(["period_kind_allowed@period.kind"]);
  });
});

describe("periods and days", () => {
  it("validDay accepts real days only", () => {
    expect(validDay("2024-02-29")).toBe(true);
    expect(validDay("2025-02-29")).toBe(false);
    expect(validDay("2025-1-01")).toBe(false);
  });
  it("resolves relative periods around the run's day", () => {
    const p = (kind: string) => resolvePeriod({ kind: kind as never, from: null, to: null }, "2025-03-15");
    expect(p("PREVIOUS_MONTH")).toEqual({ from: "2025-02-01", to: "2025-02-28" });
    expect(resolvePeriod({ kind: "PREVIOUS_MONTH", from: null, to: null }, "2025-01-10")).toEqual({
      from: "2024-12-01",
      to: "2024-12-31",
    });
    expect(p("PREVIOUS_YEAR")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(p("MONTH_TO_DATE")).toEqual({ from: "2025-03-01", to: "2025-03-15" });
    expect(p("YEAR_TO_DATE")).toEqual({ from: "2025-01-01", to: "2025-03-15" });
    expect(p("LAST_30_DAYS")).toEqual({ from: "2025-02-14", to: "2025-03-15" });
    expect(resolvePeriod({ kind: "FIXED", from: "2025-01-02", to: "2025-01-03" }, "2030-01-01")).toEqual({
      from: "2025-01-02",
      to: "2025-01-03",
    });
  });
  it("osloDay is the Norwegian calendar day", () => {
    expect(osloDay(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
    expect(osloDay(new Date("2025-01-31T22:59:00Z"))).toBe("2025-01-31");
  });
});

describe("schedule slots", () => {
  const at = (s: string) => new Date(s);
  it("steps daily, weekly and monthly (clipping to the month's last day)", () => {
    expect(nextSlot(at("2025-01-01T06:00:00Z"), "DAILY").toISOString()).toBe("2025-01-02T06:00:00.000Z");
    expect(nextSlot(at("2025-01-01T06:00:00Z"), "WEEKLY").toISOString()).toBe("2025-01-08T06:00:00.000Z");
    expect(nextSlot(at("2025-01-31T06:00:00Z"), "MONTHLY").toISOString()).toBe("2025-02-28T06:00:00.000Z");
    expect(nextSlot(at("2025-12-15T06:00:00Z"), "MONTHLY").toISOString()).toBe("2026-01-15T06:00:00.000Z");
  });
  it("skips missed slots to the first one after now", () => {
    expect(nextSlotAfter(at("2025-01-01T06:00:00Z"), "DAILY", at("2025-01-10T12:00:00Z")).toISOString()).toBe(
      "2025-01-11T06:00:00.000Z",
    );
    expect(nextSlotAfter(at("2025-01-01T06:00:00Z"), "WEEKLY", at("2025-01-02T00:00:00Z")).toISOString()).toBe(
      "2025-01-08T06:00:00.000Z",
    );
  });
});
