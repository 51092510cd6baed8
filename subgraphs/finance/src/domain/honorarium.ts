/** Honorarium tiers (pure): validation and which tiers a count newly reaches. */
import type { RuleViolation } from "./expense.js";

export interface Tier {
  id: string;
  minAssignments: number;
  amountOre: number;
}

/** The tiers reached at `count` that were not reached before, lowest first. */
export function tiersNewlyReached<T extends Tier>(tiers: readonly T[], count: number, alreadyReached: ReadonlySet<number>): T[] {
  return tiers.filter((t) => t.minAssignments <= count && !alreadyReached.has(t.minAssignments)).sort((a, b) => a.minAssignments - b.minAssignments);
}

/** The calendar year of an instant in Norwegian time. */
export function osloYear(instant: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(instant));
}

export function validateTier(input: { minAssignments: number; amountOre: number; label: string }): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!Number.isInteger(input.minAssignments) || input.minAssignments < 1 || input.minAssignments > 10_000) {
    v.push({ rule: "min_assignments_range", field: "minAssignments", message: "A tier starts at 1 to 10,000 assignments" });
  }
  if (!Number.isInteger(input.amountOre) || input.amountOre < 0) v.push({ rule: "amount_non_negative", field: "amountOre", message: "Amounts are whole, non-negative øre" });
  if (input.label.trim().length === 0 || input.label.length > 100) v.push({ rule: "tier_label_length", field: "label", message: "A label is 1-100 characters" });
  return v;
}
