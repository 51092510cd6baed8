/** A broken rule, named as in the seed (e.g. `duration_range`), with the input field it concerns. */
export interface RuleViolation {
  rule: string;
  field: string;
  message: string;
}
