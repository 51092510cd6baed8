/**
 * The transport-neutral errors a caller may be told (issue 25 item 2): domain rules and use cases throw these and
 * nothing of GraphQL; the subgraph kit (packages/subgraph-kit/src/errors.ts, `graphQLErrorOf`) maps them once to
 * the `GraphQLError` the answer carries.
 *
 * - A refusal of the caller's input by a rule (BAD_USER_INPUT) is a `RuleViolationError` (rule-error.ts):
 *   `badInput(rule, field, message, params?)` is one with a single violation.
 * - Everything else with a public code is a `PublicError`: a refusal that is not about the input's form
 *   (FORBIDDEN, CONFLICT, NOT_FOUND, UNAUTHENTICATED, RATE_LIMITED with `retryAfter`, PAYLOAD_TOO_LARGE with
 *   `limit`) and a failure the caller may be told of (SERVICE_UNAVAILABLE, DATA_INTEGRITY).
 *
 * Both carry `code` and `extensions`: the code and the facts the answer names beside its message (rule, field,
 * retryAfter, ...), plain data named as the answer names them, so a caller in process (a test, a job that tells one
 * refusal from another) reads the same shape as a client.
 */
import { RuleViolationError, type RuleViolation } from "./rule-error.js";

/** The code and the facts an answer carries beside its message: `{ code: "CONFLICT", rule: "...", field: "..." }`. */
export type PublicFacts = { code: string } & Record<string, unknown>;

/** What the error keeps for the formatting, not sent: the subject of a NOT_FOUND, the params of a rule's text. */
export interface PublicErrorCarried {
  /** What was not found ("Activity"): the formatting names it in the caller's language (`refusal.not_found.<subject>`). */
  subject?: string;
  /** What the catalog's text of the rule names (`{ max: 200 }`). */
  params?: Readonly<Record<string, string | number>>;
}

/** An error with a public code (one of @meander/auth's PUBLIC_ERROR_CODES) that is not a rule violation of the input. */
export class PublicError extends Error {
  readonly code: string;
  /** The code and the facts the answer carries; a use case may add one (`extensions["field"] = ...`) before throwing. */
  readonly extensions: PublicFacts;
  readonly subject?: string;
  readonly params?: Readonly<Record<string, string | number>>;

  constructor(message: string, extensions: PublicFacts, carried: PublicErrorCarried = {}) {
    super(message);
    this.name = "PublicError";
    this.code = extensions.code;
    this.extensions = { ...extensions };
    if (carried.subject !== undefined) this.subject = carried.subject;
    if (carried.params !== undefined) this.params = carried.params;
  }
}

/** Whether `error` is a PublicError (also across module copies: checked by shape, not only by class). */
export function isPublicError(error: unknown): error is PublicError {
  if (error instanceof PublicError) return true;
  const e = error as { name?: unknown; code?: unknown; extensions?: unknown } | null;
  return (
    !!e &&
    typeof e === "object" &&
    e.name === "PublicError" &&
    typeof e.code === "string" &&
    typeof e.extensions === "object" &&
    e.extensions !== null
  );
}

export const unauthenticated = (message = "You must be signed in") =>
  new PublicError(message, { code: "UNAUTHENTICATED" });

/** `what` is kept on the error (`subject`): the error formatting names it in the caller's language (`refusal.not_found.<what>`). */
export const notFound = (what: string) =>
  new PublicError(`${what} not found`, { code: "NOT_FOUND" }, { subject: what });

/**
 * FORBIDDEN, naming the business rule that refused (e.g. no_self_approval, coordinator_proxy_scope). Every FORBIDDEN
 * and CONFLICT names its rule (there is no rule-less helper; gateway/test/error-catalog.test.ts scans the sources), so
 * the caller reads the catalog's text of that rule (`refusal.<rule>`, @meander/messages) in their language.
 */
export const forbiddenBy = (rule: string, message: string) => new PublicError(message, { code: "FORBIDDEN", rule });

/** CONFLICT, naming the business rule the current state breaks (e.g. expense_already_decided). */
export const conflictBy = (rule: string, message: string) => new PublicError(message, { code: "CONFLICT", rule });

/** A FORBIDDEN or CONFLICT naming the rule and the field a domain decision gave (like BAD_USER_INPUT does). */
export function refusalOf(code: "FORBIDDEN" | "CONFLICT", v: RuleViolation): PublicError {
  return new PublicError(v.message, { code, rule: v.rule, field: v.field }, v.params ? { params: v.params } : {});
}

/** A body or file over its limit: the field it came in and the limit in bytes (HTTP 413 at the gateway). */
export const payloadTooLarge = (field: string, limit: number, message: string) =>
  new PublicError(message, { code: "PAYLOAD_TOO_LARGE", field, limit });

/**
 * A broken validation rule, named as in the seed (e.g. `duration_range`), with the field it concerns: the rule error
 * with one violation. `params` are what the catalog's text names (`{ max: 200 }`): the error formatting picks the message.
 */
export const badInput = (
  rule: string,
  field: string,
  message: string,
  params?: Readonly<Record<string, string | number>>,
) => new RuleViolationError([{ field, rule, message, ...(params ? { params } : {}) }]);

/**
 * An upload refused by @meander/storage's gate (its UploadRejectedError: rule, message, details): a file over the
 * policy's size is PAYLOAD_TOO_LARGE with the limit, every other refusal BAD_USER_INPUT with its rule.
 */
export function uploadRefusal(
  e: { rule: string; message: string; details: Record<string, unknown> },
  field: string,
): PublicError | RuleViolationError {
  const limit = e.details.maxBytes;
  if (e.rule === "upload_too_large" && typeof limit === "number") {
    return new PublicError(e.message, { code: "PAYLOAD_TOO_LARGE", rule: e.rule, field, limit });
  }
  return badInput(e.rule, field, e.message);
}
