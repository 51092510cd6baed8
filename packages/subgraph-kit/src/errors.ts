/**
 * Error masking: clients see only errors that carry a public code; anything
 * else (a driver error with SQL in it, a bug) becomes "Internal server error"
 * and is logged with its stack on the server. A PostgreSQL data exception
 * (SQLSTATE class 22: a value of the wrong form or out of range reached the
 * database, e.g. a malformed id or a date past PostgreSQL's range) is the
 * caller's input, not a server fault: it answers BAD_USER_INPUT with rule
 * `value_format`, never the driver's message nor its SQLSTATE (logged only).
 *
 * A rule refusal (@meander/validation's RuleViolationError, thrown by domain and use cases) is
 * BAD_USER_INPUT named by its first violation (`extensions.field`, `extensions.rule`) and listing
 * every violation (`extensions.violations: [{ field, rule, message }]`). A refusal built as a
 * GraphQLError with one `field`/`rule` gets the same one-item list, so clients read one shape.
 * Any other public error of domain and use cases (@meander/validation's PublicError: FORBIDDEN, CONFLICT, NOT_FOUND,
 * RATE_LIMITED, SERVICE_UNAVAILABLE, DATA_INTEGRITY, ...) becomes the GraphQLError of its message and `extensions`
 * here (`graphQLErrorOf`), then is answered as any public code: use cases never build a GraphQLError.
 *
 * Messages people read are chosen here, in the caller's language (refusals.ts): each violation's and a refusal's
 * with a rule from the catalog (`refusal.<rule>`); a FORBIDDEN or CONFLICT without a rule reads the catalog's
 * general text, a NOT_FOUND names its subject (`refusal.not_found.<subject>`). The gateway passes the subgraphs'
 * messages on as they are (`localize: false`): they were chosen where the rule and its params are known.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { PUBLIC_ERROR_CODES } from "@meander/auth";
import { isTransientDbError } from "@meander/db";
import {
  isPublicError,
  isRuleViolationError,
  type PublicError,
  type RuleViolation,
  type RuleViolationError,
} from "@meander/validation";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger.js";
import { SCALAR_LITERAL_RULE } from "./scalars.js";
import { refusalByKey, refusalText, subjectKey } from "./refusals.js";

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

export interface MaskOptions {
  /** Choose refusal messages from the catalog in the caller's language (subgraphs: yes; the gateway: no). */
  localize?: boolean;
}

export function maskErrors(log: Logger, { localize = true }: MaskOptions = {}) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A custom scalar's literal that does not parse (scalars.ts): bad input, as the same value in a variable is.
    if (
      formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" &&
      formatted.extensions.rule === SCALAR_LITERAL_RULE &&
      formatted.path === undefined
    ) {
      return {
        ...formatted,
        extensions: withViolations(formatted.message, {
          code: "BAD_USER_INPUT",
          field: formatted.extensions.field,
          rule: SCALAR_LITERAL_RULE,
        }),
      };
    }
    const original = unwrapResolverError(error);
    if (isPublicError(original)) {
      const mapped = graphQLErrorOf(original);
      return format({ ...mapped.toJSON(), path: formatted.path, locations: formatted.locations }, mapped);
    }
    if (isRuleViolationError(original)) {
      return {
        ...ruleViolationError(original, localize).toJSON(),
        path: formatted.path,
        locations: formatted.locations,
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC.has(code)) {
      // Public, but for the person on call an alarm: stored data was moved or tampered with.
      if (code === "DATA_INTEGRITY")
        log.error({ path: formatted.path, code }, "stored data failed its integrity check");
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      const message = localize ? (localized(extensions, original) ?? formatted.message) : formatted.message;
      return { ...formatted, message, extensions: withViolations(message, extensions) };
    }
    // The database went away or refused for a moment (issue 19): the caller may simply try again.
    if (isTransientDbError(original)) {
      log.warn({ err: original, path: formatted.path }, "database unavailable; answered as retryable");
      return { ...unavailableError().toJSON(), path: formatted.path, locations: formatted.locations };
    }
    const sqlState = dataExceptionOf(original);
    if (sqlState) {
      log.warn({ sqlState, path: formatted.path }, "data exception answered as bad input");
      return { ...valueFormatError(original).toJSON(), path: formatted.path, locations: formatted.locations };
    }
    log.error({ err: original, path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
  return format;
}

/**
 * The one mapping of the transport-neutral errors of domain and use cases (@meander/validation) to the GraphQLError
 * the answer carries: a rule refusal as `ruleViolationError`, a PublicError as its message and `extensions`, its
 * `subject` and `params` kept on it for the wording (`localized`).
 */
export function graphQLErrorOf(e: PublicError | RuleViolationError, localize = true): GraphQLError {
  if (isRuleViolationError(e)) return ruleViolationError(e, localize);
  return Object.assign(
    new GraphQLError(e.message, { extensions: { ...e.extensions } }),
    e.subject !== undefined ? { subject: e.subject } : {},
    e.params !== undefined ? { params: e.params } : {},
  );
}

/** The public answer to a rule refusal: BAD_USER_INPUT named by its headline, listing every violation (messages in the caller's language). */
export function ruleViolationError(e: RuleViolationError, localize = true): GraphQLError {
  const say = (v: RuleViolation) => (localize ? (refusalText(v.rule, v.field, v.params) ?? v.message) : v.message);
  const { field, rule } = e.headline;
  // A batch's `rows` ({ row, rule, field, message, params? }) read like its violations.
  const rows = Array.isArray(e.details.rows)
    ? { rows: e.details.rows.map((r: unknown) => (isRow(r) ? { ...withoutParams(r), message: say(r) } : r)) }
    : {};
  return new GraphQLError(say(e.headline), {
    extensions: {
      ...e.details,
      ...rows,
      code: "BAD_USER_INPUT",
      field,
      rule,
      violations: e.violations.map((v) => ({ field: v.field, rule: v.rule, message: say(v) })),
    },
  });
}

const isRow = (r: unknown): r is RuleViolation =>
  !!r &&
  typeof r === "object" &&
  typeof (r as RuleViolation).rule === "string" &&
  typeof (r as RuleViolation).field === "string" &&
  typeof (r as RuleViolation).message === "string";
const withoutParams = ({ params: _params, ...rest }: RuleViolation) => rest;

/** What a property of the thrown error (or the one it wraps) holds: `params` of badInput, `subject` of notFound. */
function carried(error: unknown, name: "params" | "subject"): unknown {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 3;
    e = (e as { originalError?: unknown }).originalError, depth++
  ) {
    const value = (e as Record<string, unknown>)[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The catalog's message for a public refusal in the caller's language, or undefined (the code's text stands). */
function localized(extensions: Record<string, unknown>, original: unknown): string | undefined {
  const { code, rule, field } = extensions;
  if (typeof rule === "string" && rule !== SCALAR_LITERAL_RULE) {
    const text = refusalText(
      rule,
      typeof field === "string" ? field : undefined,
      (carried(original, "params") ?? {}) as Record<string, string | number>,
    );
    if (text !== undefined || code === "BAD_USER_INPUT") return text;
  }
  if (code === "FORBIDDEN") return refusalByKey("refusal.forbidden");
  if (code === "CONFLICT") return refusalByKey("refusal.conflict");
  if (code === "NOT_FOUND") {
    const subject = carried(original, "subject");
    return (
      (typeof subject === "string" ? refusalByKey(`refusal.not_found.${subjectKey(subject)}`) : undefined) ??
      refusalByKey("refusal.not_found")
    );
  }
  return undefined;
}

/** A BAD_USER_INPUT naming one field and rule but no list gets the one-item list (one shape for clients). */
function withViolations(message: string, extensions: Record<string, unknown>): Record<string, unknown> {
  const { code, field, rule, violations } = extensions;
  if (code !== "BAD_USER_INPUT" || violations !== undefined || typeof field !== "string" || typeof rule !== "string")
    return extensions;
  return { ...extensions, violations: [{ field, rule, message }] };
}

/** The public answer to a failure that passes (connection lost, lock timeout, deadlock): retry, nothing was saved. */
export function unavailableError(): GraphQLError {
  return new GraphQLError("Databasen er midlertidig utilgjengelig. Ingenting ble lagret; prøv igjen om litt.", {
    extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
  });
}

/** The public answer to a data exception: nothing of the driver (its SQLSTATE goes to the log). */
export function valueFormatError(_error: unknown): GraphQLError {
  return new GraphQLError("A value has the wrong form or is out of range for its field", {
    extensions: { code: "BAD_USER_INPUT", rule: "value_format" },
  });
}

/** The SQLSTATE of a PostgreSQL data exception (class 22) anywhere in the cause chain, else null. */
export function dataExceptionOf(error: unknown): string | null {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return code;
  }
  return null;
}
