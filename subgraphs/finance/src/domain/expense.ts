/**
 * Expense rules, as plain functions over plain data (no I/O). Amounts are
 * integer øre; distances integer metres; a mileage rate is øre per kilometre.
 * Rule names: activity_known, expense_type_enum, amount_positive, max_amount,
 * distance_required, mileage_amount (seed-style), plus distance_positive and
 * description_length (ours, see the README).
 */
export interface RuleViolation {
  rule: string;
  field: string;
  message: string;
}

export type SubmitterRole = "peer_mentor" | "coordinator" | "org_admin" | "global_admin";

export interface Submitter {
  userId: string;
  role: SubmitterRole;
  organizationId: string | null;
}

/** What finance knows of an activity (from activity's events). */
export interface KnownActivity {
  activityId: string;
  organizationId: string;
  userId: string;
}

/** The parts of an expense type the rules read. */
export interface ExpenseTypeRules {
  key: string;
  isActive: boolean;
  maxAmountOre: number | null;
  mileageRateOrePerKm: number | null;
}

export interface NewExpense {
  activityId: string;
  expenseTypeKey: string;
  amountOre: number;
  distanceMeters?: number | null;
  description?: string | null;
}

export const MILEAGE_KEY = "mileage";
export const DESCRIPTION_MAX = 1000;

/** The activity must be known (projected from activity's events) and in the submitter's organization. */
export function checkActivityKnown(activity: KnownActivity | null, submitter: Submitter): RuleViolation | null {
  if (activity && submitter.organizationId !== null && activity.organizationId === submitter.organizationId) return null;
  return { rule: "activity_known", field: "activityId", message: "The activity is not known in your organization" };
}

/** A mentor claims expenses on their own activities; a coordinator or administrator on any of the organization's. */
export function maySubmitFor(submitter: Submitter, activity: KnownActivity): boolean {
  if (submitter.organizationId === null || submitter.organizationId !== activity.organizationId) return false;
  if (submitter.role === "peer_mentor") return activity.userId === submitter.userId;
  return submitter.role === "coordinator" || submitter.role === "org_admin";
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

const positiveInteger = (n: number | null | undefined): n is number => typeof n === "number" && Number.isInteger(n) && n > 0;

/** Checks a claim against its type (null: no active type of that key in the organization). */
export function validateExpense(input: NewExpense, type: ExpenseTypeRules | null): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!type || !type.isActive) {
    violations.push({ rule: "expense_type_enum", field: "expenseTypeKey", message: `Unknown expense type "${input.expenseTypeKey}"` });
  }
  const amountOk = positiveInteger(input.amountOre);
  if (!amountOk) {
    violations.push({ rule: "amount_positive", field: "amountOre", message: "The amount must be a positive whole number of øre" });
  }
  const distance = input.distanceMeters ?? null;
  if (type && isMileage(type)) {
    if (!positiveInteger(distance)) {
      violations.push({ rule: "distance_required", field: "distanceMeters", message: "Mileage needs the distance driven, in metres" });
    } else if (amountOk && type.mileageRateOrePerKm !== null && input.amountOre !== mileageAmountOre(distance, type.mileageRateOrePerKm)) {
      violations.push({
        rule: "mileage_amount",
        field: "amountOre",
        message: `The amount must be distance × rate: ${mileageAmountOre(distance, type.mileageRateOrePerKm)} øre`,
      });
    }
  } else if (distance !== null && !positiveInteger(distance)) {
    violations.push({ rule: "distance_positive", field: "distanceMeters", message: "The distance must be a positive whole number of metres" });
  }
  if (type && amountOk && type.maxAmountOre !== null && input.amountOre > type.maxAmountOre) {
    violations.push({ rule: "max_amount", field: "amountOre", message: `The amount exceeds this type's maximum of ${type.maxAmountOre} øre` });
  }
  if (input.description != null && input.description.length > DESCRIPTION_MAX) {
    violations.push({ rule: "description_length", field: "description", message: `The description must be at most ${DESCRIPTION_MAX} characters` });
  }
  return violations;
}
