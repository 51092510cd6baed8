/** A broken business rule, named as in the seed, with the input field it concerns: the one shared type. */
export type { RuleViolation } from "@meander/validation";
