/** A broken rule, named as in the seed (e.g. `duration_range`), with the input field it concerns: the one shared type. */
export type { RuleViolation } from "@meander/validation";
