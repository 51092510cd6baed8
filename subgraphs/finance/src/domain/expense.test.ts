import { describe, expect, it } from "vitest";
import {
  checkActivityKnown,
  isMileage,
  maySubmitFor,
  mileageAmountOre,
  seesOnlyOwnExpenses,
  validateExpense,
  type ExpenseTypeRules,
  type Submitter,
} from "./expense.js";

const mileage: ExpenseTypeRules = { key: "mileage", isActive: true, maxAmountOre: null, mileageRateOrePerKm: 350 };
const parking: ExpenseTypeRules = { key: "parking", isActive: true, maxAmountOre: 50_000, mileageRateOrePerKm: null };
const base = { activityId: "a", expenseTypeKey: "parking", amountOre: 12_000 };
const rules = (v: { rule: string; field: string }[]) => v.map((x) => [x.rule, x.field]);

describe("expense rules", () => {
  it("accepts a valid parking claim and a valid mileage claim", () => {
    expect(validateExpense(base, parking)).toEqual([]);
    expect(
      validateExpense({ ...base, expenseTypeKey: "mileage", distanceMeters: 24_000, amountOre: 8_400 }, mileage),
    ).toEqual([]);
  });

  it("computes mileage as metres × øre per km, rounded to the øre", () => {
    expect(mileageAmountOre(24_000, 350)).toBe(8_400);
    expect(mileageAmountOre(1_501, 350)).toBe(525);
    expect(isMileage(mileage)).toBe(true);
    expect(isMileage(parking)).toBe(false);
    expect(isMileage({ key: "mileage", mileageRateOrePerKm: null })).toBe(true);
  });

  it("names expense_type_enum for an unknown or inactive type", () => {
    expect(rules(validateExpense(base, null))).toEqual([["expense_type_enum", "expenseTypeKey"]]);
    expect(rules(validateExpense(base, { ...parking, isActive: false }))).toEqual([
      ["expense_type_enum", "expenseTypeKey"],
    ]);
  });

  it("names amount_positive for zero, negative and fractional amounts", () => {
    for (const amountOre of [0, -100, 10.5]) {
      expect(rules(validateExpense({ ...base, amountOre }, parking))).toEqual([["amount_positive", "amountOre"]]);
    }
  });

  it("names max_amount above the type's maximum, and accepts the maximum itself", () => {
    expect(rules(validateExpense({ ...base, amountOre: 50_001 }, parking))).toEqual([["max_amount", "amountOre"]]);
    expect(validateExpense({ ...base, amountOre: 50_000 }, parking)).toEqual([]);
  });

  it("names distance_required and mileage_amount for mileage", () => {
    const m = { ...base, expenseTypeKey: "mileage", amountOre: 8_400 };
    expect(rules(validateExpense(m, mileage))).toEqual([["distance_required", "distanceMeters"]]);
    expect(rules(validateExpense({ ...m, distanceMeters: 0 }, mileage))).toEqual([
      ["distance_required", "distanceMeters"],
    ]);
    expect(rules(validateExpense({ ...m, distanceMeters: 25_000 }, mileage))).toEqual([
      ["mileage_amount", "amountOre"],
    ]);
    // Mileage without any configured rate (table or type) is refused: the rate is never guessed.
    expect(rules(validateExpense({ ...m, distanceMeters: 25_000 }, { ...mileage, mileageRateOrePerKm: null }))).toEqual(
      [["mileage_rate_missing", "expenseTypeKey"]],
    );
  });

  it("names distance_positive and description_length", () => {
    expect(rules(validateExpense({ ...base, distanceMeters: -5 }, parking))).toEqual([
      ["distance_positive", "distanceMeters"],
    ]);
    expect(rules(validateExpense({ ...base, description: "x".repeat(1001) }, parking))).toEqual([
      ["description_length", "description"],
    ]);
  });

  it("knows an activity only in the submitter's organization, and lets mentors claim only their own", () => {
    const activity = { activityId: "a", organizationId: "org-a", localAssociationId: "la-1", userId: "kari" };
    const kari: Submitter = { userId: "kari", role: "peer_mentor", organizationId: "org-a" };
    const ola: Submitter = { userId: "ola", role: "peer_mentor", organizationId: "org-a" };
    const coordinator: Submitter = {
      userId: "c",
      role: "coordinator",
      organizationId: "org-a",
      localAssociationId: "la-1",
    };
    const outsider: Submitter = { userId: "o", role: "org_admin", organizationId: "org-b" };
    expect(checkActivityKnown(activity, kari)).toBeNull();
    expect(checkActivityKnown(null, kari)?.rule).toBe("activity_known");
    expect(checkActivityKnown(activity, outsider)?.field).toBe("activityId");
    expect([kari, ola, coordinator, outsider].map((s) => maySubmitFor(s, activity))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(maySubmitFor({ userId: "g", role: "global_admin", organizationId: "org-a" }, activity)).toBe(false);
    // A coordinator of another local association of the organization may not claim on it.
    expect(maySubmitFor({ ...coordinator, localAssociationId: "la-2" }, activity)).toBe(false);
    expect([seesOnlyOwnExpenses("peer_mentor"), seesOnlyOwnExpenses("coordinator")]).toEqual([true, false]);
  });
});
