import { describe, expect, it } from "vitest";
import {
  effectiveRateOrePerKm,
  exclusiveConflict,
  osloDate,
  resolveMileageRate,
  validateExpenseTypeConfig,
  validateRateEntry,
} from "./expense-type.js";
import { receiptRequired, validateExpense, type ExpenseTypeRules } from "./expense.js";

const table = [
  { validFrom: "2026-01-01", rateOrePerKm: 350, passengerRateOrePerKm: 100 },
  { validFrom: "2026-03-01", rateOrePerKm: 400, passengerRateOrePerKm: 120 },
];
const mileage: ExpenseTypeRules = {
  key: "mileage",
  isActive: true,
  maxAmountOre: null,
  mileageRateOrePerKm: null,
  passengersAddToRate: true,
  exclusiveWith: [],
};
const transit: ExpenseTypeRules = {
  key: "public_transit",
  isActive: true,
  maxAmountOre: null,
  mileageRateOrePerKm: null,
  exclusiveWith: ["mileage"],
};

describe("expense-type rules", () => {
  it("resolves the rate valid on a date, else the type's fallback, else none", () => {
    expect(resolveMileageRate(table, "2026-02-28", null)).toMatchObject({ rateOrePerKm: 350, source: "table" });
    expect(resolveMileageRate(table, "2026-03-01", null)).toMatchObject({
      rateOrePerKm: 400,
      passengerRateOrePerKm: 120,
    });
    expect(resolveMileageRate(table, "2025-12-31", 300)).toEqual({
      rateOrePerKm: 300,
      passengerRateOrePerKm: 0,
      source: "type",
    });
    expect(resolveMileageRate(table, "2025-12-31", null)).toBeNull();
  });

  it("dates an instant in Norwegian time (summer and winter)", () => {
    expect(osloDate(new Date("2026-02-28T23:30:00Z"))).toBe("2026-03-01");
    expect(osloDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(osloDate(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });

  it("adds passengers to the rate only when the type allows it", () => {
    expect(effectiveRateOrePerKm({ rateOrePerKm: 400, passengerRateOrePerKm: 120 }, 2, true)).toBe(640);
    expect(effectiveRateOrePerKm({ rateOrePerKm: 400, passengerRateOrePerKm: 120 }, 2, false)).toBe(400);
  });

  it("finds an exclusive conflict from either side's list, never with the same type", () => {
    expect(exclusiveConflict("public_transit", ["mileage"], [{ key: "mileage", exclusiveWith: [] }])).toBe("mileage");
    expect(exclusiveConflict("mileage", [], [{ key: "public_transit", exclusiveWith: ["mileage"] }])).toBe(
      "public_transit",
    );
    expect(
      exclusiveConflict(
        "parking",
        [],
        [
          { key: "mileage", exclusiveWith: [] },
          { key: "parking", exclusiveWith: ["parking"] },
        ],
      ),
    ).toBeNull();
  });

  it("validates a claim against its trip: exclusivity, missing rate, passengers", () => {
    const ctx = {
      rate: { rateOrePerKm: 400, passengerRateOrePerKm: 120 },
      claimed: [{ key: "mileage", exclusiveWith: [] }],
    };
    const rules = (v: { rule: string }[]) => v.map((x) => x.rule);
    expect(
      rules(validateExpense({ activityId: "a", expenseTypeKey: "public_transit", amountOre: 100 }, transit, ctx)),
    ).toEqual(["mutual_exclusivity"]);
    expect(
      rules(
        validateExpense(
          { activityId: "a", expenseTypeKey: "mileage", amountOre: 6_400, distanceMeters: 10_000, passengers: 2 },
          mileage,
          { ...ctx, claimed: [] },
        ),
      ),
    ).toEqual([]);
    expect(
      rules(
        validateExpense(
          { activityId: "a", expenseTypeKey: "mileage", amountOre: 4_000, distanceMeters: 10_000 },
          mileage,
          { rate: null, claimed: [] },
        ),
      ),
    ).toEqual(["mileage_rate_missing"]);
    expect(
      rules(
        validateExpense({ activityId: "a", expenseTypeKey: "public_transit", amountOre: 100, passengers: 1 }, transit),
      ),
    ).toEqual(["passengers_not_allowed"]);
  });

  it("requires a receipt strictly above the threshold", () => {
    expect(receiptRequired({ requiresReceiptAboveOre: 10_000 }, 10_000)).toBe(false);
    expect(receiptRequired({ requiresReceiptAboveOre: 10_000 }, 10_001)).toBe(true);
    expect(receiptRequired({ requiresReceiptAboveOre: null }, 1_000_000)).toBe(false);
  });

  it("validates configuration and rate entries", () => {
    expect(
      validateExpenseTypeConfig({ key: "other", name: "Annet", maxAmountOre: 100, autoApproveMaxOre: 100 }),
    ).toEqual([]);
    expect(validateExpenseTypeConfig({ key: "x", name: "Annet" }).map((v) => v.rule)).toEqual(["type_key_format"]);
    expect(validateRateEntry({ validFrom: "2026-02-28", rateOrePerKm: 1, passengerRateOrePerKm: 0 })).toEqual([]);
    expect(
      validateRateEntry({ validFrom: "2026-02-30", rateOrePerKm: 1, passengerRateOrePerKm: 0 }).map((v) => v.rule),
    ).toEqual(["valid_from_date"]);
    expect(
      validateRateEntry({ validFrom: "26-1-1", rateOrePerKm: 1, passengerRateOrePerKm: 0 }).map((v) => v.rule),
    ).toEqual(["valid_from_date"]);
  });
});
