/**
 * The one rule error (issue 20 "Every fault at once", issue 25 item 2): domain rules and use cases
 * return `RuleViolation`s and throw a `RuleViolationError` carrying every one of them; they know
 * nothing of GraphQL. Errors with another public code are `PublicError`s (public-error.ts). The subgraph kit's error formatting (packages/subgraph-kit/src/errors.ts)
 * maps it once to `BAD_USER_INPUT` with `extensions.field`/`rule` of the first violation and
 * `extensions.violations` listing all.
 */

/** One broken rule: the input field it concerns (a path such as `activities[2].durationMinutes`), the rule's name as in the seeds, a message a person reads. */
export interface RuleViolation {
  field: string;
  rule: string;
  /** Today's text, the fallback: the message people read comes from @meander/messages (`refusal.<rule>`) in their language. */
  message: string;
  /** What the catalog's text names (a limit, the value refused): `{ max: 200 }` for "at most {max} characters". */
  params?: Readonly<Record<string, string | number>>;
}

export interface RuleViolationErrorOptions {
  /** What the refusal is named by when it is more than its violations (a bulk: `bulk_batch_atomicity` on `activities`); default: the first violation. */
  headline?: RuleViolation;
  /** Further facts for the caller (a bulk's `rows`), passed on as they are. */
  details?: Record<string, unknown>;
}

/** A refusal of the caller's input: every violation found, nothing was changed. */
export class RuleViolationError extends Error {
  /** The public code of every rule refusal. */
  readonly code = "BAD_USER_INPUT";
  /** What the answer names beside its message (public-error.ts): the code, the headline's rule and field, the details. */
  readonly extensions: { code: "BAD_USER_INPUT"; rule: string; field: string } & Record<string, unknown>;
  readonly violations: readonly RuleViolation[];
  readonly headline: RuleViolation;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(violations: readonly RuleViolation[], opts: RuleViolationErrorOptions = {}) {
    const headline = opts.headline ?? violations[0];
    if (!headline) throw new TypeError("A RuleViolationError needs at least one violation");
    super(headline.message);
    this.name = "RuleViolationError";
    this.violations = violations.map(({ field, rule, message, params }) => ({
      field,
      rule,
      message,
      ...(params ? { params } : {}),
    }));
    this.headline = {
      field: headline.field,
      rule: headline.rule,
      message: headline.message,
      ...(headline.params ? { params: headline.params } : {}),
    };
    this.details = opts.details ?? {};
    this.extensions = { ...this.details, code: this.code, rule: headline.rule, field: headline.field };
  }
}

/** Whether `error` is a RuleViolationError (also across module copies: checked by shape, not only by class). */
export function isRuleViolationError(error: unknown): error is RuleViolationError {
  if (error instanceof RuleViolationError) return true;
  const e = error as { name?: unknown; violations?: unknown; headline?: unknown } | null;
  return (
    !!e &&
    typeof e === "object" &&
    e.name === "RuleViolationError" &&
    Array.isArray(e.violations) &&
    typeof e.headline === "object"
  );
}

/** The violations that were found (the nulls of single checks dropped). */
export function compact(violations: ReadonlyArray<RuleViolation | null | undefined>): RuleViolation[] {
  return violations.filter((v): v is RuleViolation => v !== null && v !== undefined);
}

/** Throws one RuleViolationError listing every violation found; returns when there is none. */
export function refuseIfAny(
  violations: ReadonlyArray<RuleViolation | null | undefined>,
  opts?: RuleViolationErrorOptions,
): void {
  const found = compact(violations);
  if (found.length > 0) throw new RuleViolationError(found, opts);
}

/** The same violations with their fields under `prefix` (a row of a batch: `activities[3]`). */
export function underField(prefix: string, violations: readonly RuleViolation[]): RuleViolation[] {
  return violations.map((v) => ({ ...v, field: `${prefix}.${v.field}` }));
}
