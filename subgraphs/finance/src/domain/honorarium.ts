/**
 * Honorarium tiers (pure): validation, versions in effect on a day, which tiers a count newly reaches, and a
 * mentor's progress. Seed 000: "organization-specific, versioned honorarium threshold configurations": a tier is
 * a list of versions, each in effect from its `validFrom` (a Norwegian calendar date) until the next version of
 * the same minimum; a retired version ends the tier from its date.
 */
import type { RuleViolation } from "./expense.js";
import { isCalendarDate } from "./expense-type.js";

export interface Tier {
  id: string;
  minAssignments: number;
  amountOre: number;
}

export interface TierVersion extends Tier {
  validFrom: string;
  retired: boolean;
}

/** The tiers reached at `count` that were not reached before, lowest first. */
export function tiersNewlyReached<T extends Tier>(
  tiers: readonly T[],
  count: number,
  alreadyReached: ReadonlySet<number>,
): T[] {
  return tiers
    .filter((t) => t.minAssignments <= count && !alreadyReached.has(t.minAssignments))
    .sort((a, b) => a.minAssignments - b.minAssignments);
}

/** The tiers in effect on `onDate` (YYYY-MM-DD): per minimum the newest version from that day or before, unless retired; lowest first. */
export function tiersInEffect<T extends TierVersion>(versions: readonly T[], onDate: string): T[] {
  const newest = new Map<number, T>();
  for (const v of versions) {
    if (v.validFrom > onDate) continue;
    const seen = newest.get(v.minAssignments);
    if (!seen || v.validFrom > seen.validFrom) newest.set(v.minAssignments, v);
  }
  return [...newest.values()].filter((v) => !v.retired).sort((a, b) => a.minAssignments - b.minAssignments);
}

/** Where a mentor stands: the highest tier in effect their count reaches, the next one and how many assignments it needs. */
export function progressOf<T extends Tier>(
  inEffect: readonly T[],
  count: number,
): { current: T | null; next: T | null; toNext: number | null } {
  const sorted = [...inEffect].sort((a, b) => a.minAssignments - b.minAssignments);
  const current = sorted.filter((t) => t.minAssignments <= count).at(-1) ?? null;
  const next = sorted.find((t) => t.minAssignments > count) ?? null;
  return { current, next, toNext: next ? next.minAssignments - count : null };
}

/** The calendar year of an instant in Norwegian time. */
export function osloYear(instant: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(instant));
}

export function validateTier(input: {
  minAssignments: number;
  amountOre: number;
  label: string;
  validFrom: string;
}): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!Number.isInteger(input.minAssignments) || input.minAssignments < 1 || input.minAssignments > 10_000) {
    v.push({
      rule: "min_assignments_range",
      field: "minAssignments",
      message: "A tier starts at 1 to 10,000 assignments",
    });
  }
  if (!Number.isInteger(input.amountOre) || input.amountOre < 0)
    v.push({ rule: "amount_non_negative", field: "amountOre", message: "Amounts are whole, non-negative øre" });
  if (input.label.trim().length === 0 || input.label.length > 100)
    v.push({ rule: "tier_label_length", field: "label", message: "A label is 1-100 characters" });
  if (!isCalendarDate(input.validFrom))
    v.push({ rule: "valid_from_date", field: "validFrom", message: "validFrom is a calendar date, YYYY-MM-DD" });
  return v;
}
