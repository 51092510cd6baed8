/** What every rule check returns: the rule that failed (named as in the seeds/brief) and the field it concerns: the one shared type. */
export type { RuleViolation } from "@meander/validation";
export { compact } from "@meander/validation";
import type { RuleViolation } from "@meander/validation";

/** A trimmed text of 1..max characters, or a violation of `rule` on `field`. */
export function checkLength(value: string, max: number, rule: string, field: string): RuleViolation | null {
  const length = value.trim().length;
  return length === 0 || length > max ? { rule, field, message: `${field} must be 1 to ${max} characters` } : null;
}
