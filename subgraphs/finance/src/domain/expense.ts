/**
 * Expense rules, as plain functions over plain data (no I/O). Amounts are
 * integer øre; distances integer metres; a mileage rate is øre per kilometre.
 * Rule names: activity_known, expense_type_enum, amount_positive, max_amount,
 * distance_required, mileage_amount (seed-style), plus distance_positive and
 * description_length (ours, see the README); mutual_exclusivity,
 * mileage_rate_missing, passengers_range and passengers_not_allowed (issue 7).
 */
import { effectiveRateOrePerKm, exclusiveConflict, PASSENGERS_MAX, type ResolvedRate } from "./expense-type.js";

export type { RuleViolation } from "@meander/validation";
import type { RuleViolation } from "@meander/validation";

export type SubmitterRole = "peer_mentor" | "coordinator" | "org_admin" | "global_admin";

export interface Submitter {
  userId: string;
  role: SubmitterRole;
  organizationId: string | null;
  /** The active membership's local association (a coordinator acts within it). */
  localAssociationId?: string | null;
}

/** What finance knows of an activity (from activity's events). */
export interface KnownActivity {
  activityId: string;
  organizationId: string;
  localAssociationId?: string | null;
  userId: string;
}

/** The parts of an expense type the rules read. */
export interface ExpenseTypeRules {
  key: string;
  isActive: boolean;
  maxAmountOre: number | null;
  mileageRateOrePerKm: number | null;
  /** Keys this type cannot be claimed together with for the same trip (activity). */
  exclusiveWith?: readonly string[];
  passengersAddToRate?: boolean;
  requiresReceiptAboveOre?: number | null;
}

/** What the claim is checked against besides its type: the trip's rate and what the trip already claims. */
export interface ClaimContext {
  /** The mileage rate valid on the activity's date (null: none configured). */
  rate: Pick<ResolvedRate, "rateOrePerKm" | "passengerRateOrePerKm"> | null;
  /** Types already claimed (not rejected) on the same activity. */
  claimed: ReadonlyArray<{ key: string; exclusiveWith: readonly string[] }>;
}

export interface NewExpense {
  activityId: string;
  expenseTypeKey: string;
  amountOre: number;
  distanceMeters?: number | null;
  passengers?: number | null;
  description?: string | null;
  /** The client's own id for the claim (idempotency key): a retry with it returns the stored expense. */
  clientId?: string | null;
}

export const MILEAGE_KEY = "mileage";
export const DESCRIPTION_MAX = 1000;

/** The activity must be known (projected from activity's events) and in the submitter's organization. */
export function checkActivityKnown(activity: KnownActivity | null, submitter: Submitter): RuleViolation | null {
  if (activity && submitter.organizationId !== null && activity.organizationId === submitter.organizationId)
    return null;
  return { rule: "activity_known", field: "activityId", message: "The activity is not known in your organization" };
}

/**
 * A mentor claims expenses on their own activities; a coordinator on those of their local association (and their
 * own); an administrator on any of the organization's (the visibility model, packages/db README).
 */
export function maySubmitFor(submitter: Submitter, activity: KnownActivity): boolean {
  if (submitter.organizationId === null || submitter.organizationId !== activity.organizationId) return false;
  if (activity.userId === submitter.userId) return true;
  if (submitter.role === "coordinator")
    return activity.localAssociationId != null && activity.localAssociationId === submitter.localAssociationId;
  return submitter.role === "org_admin";
}

/** Mentors see their own expenses; coordinators and administrators the organization's. */
export function seesOnlyOwnExpenses(role: SubmitterRole): boolean {
  return role === "peer_mentor";
}

export function isMileage(type: Pick<ExpenseTypeRules, "key" | "mileageRateOrePerKm">): boolean {
  return type.key === MILEAGE_KEY || type.mileageRateOrePerKm !== null;
}

/** distance (m) × rate (øre/km), rounded to the nearest øre. */
export function mileageAmountOre(distanceMeters: number, rateOrePerKm: number): number {
  return Math.round((distanceMeters * rateOrePerKm) / 1000);
}

const positiveInteger = (n: number | null | undefined): n is number =>
  typeof n === "number" && Number.isInteger(n) && n > 0;

/** The rate a claim is paid at: the context's (rate table) or, without a context, the type's own rate. */
function rateFor(type: ExpenseTypeRules, ctx: ClaimContext | undefined) {
  if (ctx) return ctx.rate;
  return type.mileageRateOrePerKm === null
    ? null
    : { rateOrePerKm: type.mileageRateOrePerKm, passengerRateOrePerKm: 0 };
}

/** The øre per km applied to a mileage claim (null: no rate configured). */
export function appliedRateOrePerKm(type: ExpenseTypeRules, passengers: number, ctx?: ClaimContext): number | null {
  const rate = rateFor(type, ctx);
  return rate ? effectiveRateOrePerKm(rate, passengers, type.passengersAddToRate ?? false) : null;
}

/** Checks a claim against its type (null: no active type of that key in the organization) and its trip. */
export function validateExpense(input: NewExpense, type: ExpenseTypeRules | null, ctx?: ClaimContext): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!type || !type.isActive) {
    violations.push({
      rule: "expense_type_enum",
      field: "expenseTypeKey",
      message: `Unknown expense type "${input.expenseTypeKey}"`,
    });
  }
  if (type && ctx) {
    const other = exclusiveConflict(type.key, type.exclusiveWith ?? [], ctx.claimed);
    if (other)
      violations.push({
        rule: "mutual_exclusivity",
        field: "expenseTypeKey",
        message: `"${type.key}" cannot be claimed for the same trip as "${other}"`,
      });
  }
  const amountOk = positiveInteger(input.amountOre);
  if (!amountOk) {
    violations.push({
      rule: "amount_positive",
      field: "amountOre",
      message: "The amount must be a positive whole number of øre",
    });
  }
  const passengers = input.passengers ?? 0;
  if (!Number.isInteger(passengers) || passengers < 0 || passengers > PASSENGERS_MAX) {
    violations.push({
      rule: "passengers_range",
      field: "passengers",
      message: `Passengers: a whole number from 0 to ${PASSENGERS_MAX}`,
    });
  } else if (passengers > 0 && !(type && isMileage(type) && type.passengersAddToRate)) {
    violations.push({
      rule: "passengers_not_allowed",
      field: "passengers",
      message: "Passengers add to the rate only on a mileage type that allows it",
    });
  }
  const distance = input.distanceMeters ?? null;
  if (type && isMileage(type)) {
    const rate = appliedRateOrePerKm(type, Number.isInteger(passengers) ? passengers : 0, ctx);
    if (!positiveInteger(distance)) {
      violations.push({
        rule: "distance_required",
        field: "distanceMeters",
        message: "Mileage needs the distance driven, in metres",
      });
    } else if (rate === null) {
      violations.push({
        rule: "mileage_rate_missing",
        field: "expenseTypeKey",
        message: "The organization has no mileage rate valid on the activity's date",
      });
    } else if (amountOk && input.amountOre !== mileageAmountOre(distance, rate)) {
      violations.push({
        rule: "mileage_amount",
        field: "amountOre",
        message: `The amount must be distance × rate: ${mileageAmountOre(distance, rate)} øre`,
      });
    }
  } else if (distance !== null && !positiveInteger(distance)) {
    violations.push({
      rule: "distance_positive",
      field: "distanceMeters",
      message: "The distance must be a positive whole number of metres",
    });
  }
  if (type && amountOk && type.maxAmountOre !== null && input.amountOre > type.maxAmountOre) {
    violations.push({
      rule: "max_amount",
      field: "amountOre",
      message: `The amount exceeds this type's maximum of ${type.maxAmountOre} øre`,
    });
  }
  if (input.description != null && input.description.length > DESCRIPTION_MAX) {
    violations.push({
      rule: "description_length",
      field: "description",
      message: `The description must be at most ${DESCRIPTION_MAX} characters`,
      params: { max: DESCRIPTION_MAX },
    });
  }
  return violations;
}

/** A receipt is required when the amount is above the type's threshold (null: never). */
export function receiptRequired(type: Pick<ExpenseTypeRules, "requiresReceiptAboveOre">, amountOre: number): boolean {
  return type.requiresReceiptAboveOre != null && amountOre > type.requiresReceiptAboveOre;
}
