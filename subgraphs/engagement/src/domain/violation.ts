/** A broken business rule, named as in the seed, with the input field it concerns. */
export interface RuleViolation {
  rule: string;
  field: string;
  message: string;
}
