/** What every rule check returns: the rule that failed (named as in the seeds/brief) and the field it concerns. */
export interface RuleViolation {
  rule: string;
  field: string;
  message: string;
}

/** A trimmed text of 1..max characters, or a violation of `rule` on `field`. */
export function checkLength(value: string, max: number, rule: string, field: string): RuleViolation | null {
  const length = value.trim().length;
  return length === 0 || length > max ? { rule, field, message: `${field} must be 1 to ${max} characters` } : null;
}

export function compact(violations: Array<RuleViolation | null>): RuleViolation[] {
  return violations.filter((v): v is RuleViolation => v !== null);
}
