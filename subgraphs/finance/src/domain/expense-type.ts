/**
 * Expense-type configuration and the rules that read it: the mileage rate
 * table (per organization, valid from a date), passengers, mutual exclusivity
 * between types on the same trip, and the configuration's own validation.
 * Pure functions over plain data (no I/O). Money in integer øre.
 */
import type { RuleViolation } from "./expense.js";

export interface RateEntry {
  /** ISO calendar date, YYYY-MM-DD. */
  validFrom: string;
  rateOrePerKm: number;
  passengerRateOrePerKm: number;
}

export interface ResolvedRate {
  rateOrePerKm: number;
  passengerRateOrePerKm: number;
  /** Where it came from: the rate table (its valid-from date) or the type's own fallback rate. */
  source: "table" | "type";
}

export const PASSENGERS_MAX = 8;
export const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
export const NAME_MAX = 100;

/** The calendar date of an instant in Norwegian time (the activity-day DESIGN.md counts in). */
export function osloDate(instant: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/**
 * The rate valid on `onDate`: the table row with the latest valid-from on or
 * before it; else the type's own fallback rate (no passenger rate); else null.
 */
export function resolveMileageRate(
  table: readonly RateEntry[],
  onDate: string,
  typeFallbackOrePerKm: number | null,
): ResolvedRate | null {
  let best: RateEntry | null = null;
  for (const r of table) if (r.validFrom <= onDate && (!best || r.validFrom > best.validFrom)) best = r;
  if (best)
    return { rateOrePerKm: best.rateOrePerKm, passengerRateOrePerKm: best.passengerRateOrePerKm, source: "table" };
  if (typeFallbackOrePerKm !== null)
    return { rateOrePerKm: typeFallbackOrePerKm, passengerRateOrePerKm: 0, source: "type" };
  return null;
}

/** Øre per km for this trip: the base rate plus, when the type allows it, the passenger rate per passenger. */
export function effectiveRateOrePerKm(
  rate: Pick<ResolvedRate, "rateOrePerKm" | "passengerRateOrePerKm">,
  passengers: number,
  passengersAddToRate: boolean,
): number {
  return rate.rateOrePerKm + (passengersAddToRate ? passengers * rate.passengerRateOrePerKm : 0);
}

/**
 * Mutual exclusivity (e.g. mileage and public transit for the same trip): a
 * trip is one activity. Returns the already-claimed key that excludes `key`,
 * checking both types' lists (either side's configuration is enough).
 */
export function exclusiveConflict(
  key: string,
  exclusiveWith: readonly string[],
  claimed: ReadonlyArray<{ key: string; exclusiveWith: readonly string[] }>,
): string | null {
  for (const c of claimed) {
    if (c.key === key) continue;
    if (exclusiveWith.includes(c.key) || c.exclusiveWith.includes(key)) return c.key;
  }
  return null;
}

export interface ExpenseTypeConfig {
  key: string;
  name: string;
  requiresReceiptAboveOre?: number | null;
  maxAmountOre?: number | null;
  mileageRateOrePerKm?: number | null;
  exclusiveWith?: readonly string[] | null;
  passengersAddToRate?: boolean | null;
  autoApproveMaxOre?: number | null;
}

const nonNegative = (n: number | null | undefined) => n == null || (Number.isInteger(n) && n >= 0);

/** Validates an expense type's configuration (rule names below; ours, the seeds name none). */
export function validateExpenseTypeConfig(c: ExpenseTypeConfig): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!KEY_PATTERN.test(c.key))
    v.push({
      rule: "type_key_format",
      field: "key",
      message: "A key is 2-40 lower-case letters, digits or _, starting with a letter",
    });
  if (c.name.trim().length === 0 || c.name.length > NAME_MAX)
    v.push({ rule: "type_name_length", field: "name", message: `A name is 1-${NAME_MAX} characters` });
  for (const field of ["requiresReceiptAboveOre", "maxAmountOre", "autoApproveMaxOre"] as const) {
    if (!nonNegative(c[field]))
      v.push({ rule: "amount_non_negative", field, message: "Amounts are whole, non-negative øre" });
  }
  if (c.mileageRateOrePerKm != null && !(Number.isInteger(c.mileageRateOrePerKm) && c.mileageRateOrePerKm > 0)) {
    v.push({
      rule: "rate_positive",
      field: "mileageRateOrePerKm",
      message: "A rate is a positive whole number of øre per km",
    });
  }
  if (c.maxAmountOre != null && c.autoApproveMaxOre != null && c.autoApproveMaxOre > c.maxAmountOre) {
    v.push({
      rule: "auto_approve_within_max",
      field: "autoApproveMaxOre",
      message: "The automatic-approval limit cannot exceed the maximum amount",
    });
  }
  if ((c.exclusiveWith ?? []).includes(c.key))
    v.push({ rule: "exclusive_with_self", field: "exclusiveWith", message: "A type cannot exclude itself" });
  return v;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const parsed = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === s;
}

/** Validates a mileage rate table entry. */
export function validateRateEntry(r: RateEntry): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!isCalendarDate(r.validFrom)) {
    v.push({ rule: "valid_from_date", field: "validFrom", message: "validFrom is a calendar date, YYYY-MM-DD" });
  }
  if (!(Number.isInteger(r.rateOrePerKm) && r.rateOrePerKm > 0))
    v.push({
      rule: "rate_positive",
      field: "rateOrePerKm",
      message: "A rate is a positive whole number of øre per km",
    });
  if (!nonNegative(r.passengerRateOrePerKm))
    v.push({
      rule: "amount_non_negative",
      field: "passengerRateOrePerKm",
      message: "A passenger rate is whole, non-negative øre per km",
    });
  return v;
}
