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
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { PUBLIC_ERROR_CODES } from "@meander/auth";
import { isTransientDbError } from "@meander/db";
import { isRuleViolationError, type RuleViolationError } from "@meander/validation";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger.js";
import { SCALAR_LITERAL_RULE } from "./scalars.js";

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A custom scalar's literal that does not parse (scalars.ts): bad input, as the same value in a variable is.
    if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && formatted.extensions.rule === SCALAR_LITERAL_RULE && formatted.path === undefined) {
      return { ...formatted, extensions: withViolations(formatted.message, { code: "BAD_USER_INPUT", field: formatted.extensions.field, rule: SCALAR_LITERAL_RULE }) };
    }
    const original = unwrapResolverError(error);
    if (isRuleViolationError(original)) {
      return { ...ruleViolationError(original).toJSON(), path: formatted.path, locations: formatted.locations };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC.has(code)) {
      // Public, but for the person on call an alarm: stored data was moved or tampered with.
      if (code === "DATA_INTEGRITY") log.error({ path: formatted.path, code }, "stored data failed its integrity check");
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: withViolations(formatted.message, extensions) };
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
}

/** The public answer to a rule refusal: BAD_USER_INPUT named by its headline, listing every violation. */
export function ruleViolationError(e: RuleViolationError): GraphQLError {
  const { field, rule, message } = e.headline;
  return new GraphQLError(message, {
    extensions: { ...e.details, code: "BAD_USER_INPUT", field, rule, violations: e.violations.map((v) => ({ field: v.field, rule: v.rule, message: v.message })) },
  });
}

/** A BAD_USER_INPUT naming one field and rule but no list gets the one-item list (one shape for clients). */
function withViolations(message: string, extensions: Record<string, unknown>): Record<string, unknown> {
  const { code, field, rule, violations } = extensions;
  if (code !== "BAD_USER_INPUT" || violations !== undefined || typeof field !== "string" || typeof rule !== "string") return extensions;
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
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return code;
  }
  return null;
}
