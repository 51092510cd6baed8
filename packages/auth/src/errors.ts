/** The error codes clients may see (DESIGN.md section 4); anything else is masked. */
import { GraphQLError } from "graphql";

export const PUBLIC_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "REQUEST_ROLLED_BACK",
  "RATE_LIMITED",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  /** Stored data failed its integrity check (a ciphertext that does not belong to its record): the client may say so. */
  "DATA_INTEGRITY",
  /** A body or file over its limit (`field`, `limit` in bytes): HTTP 413 at the gateway. */
  "PAYLOAD_TOO_LARGE",
  /** A service the request needs is down or too slow (`service`, `retryAfter`): HTTP 503 at the gateway; retry later. */
  "SERVICE_UNAVAILABLE",
  /** The organization switched the capability off (`extensions.flag` names it). */
  "FEATURE_DISABLED",
] as const;

export const unauthenticated = (message = "You must be signed in") =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
/** `what` is kept on the error (`subject`): the error formatting names it in the caller's language (`refusal.not_found.<what>`). */
export const notFound = (what: string) =>
  Object.assign(new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } }), { subject: what });
/**
 * FORBIDDEN, naming the business rule that refused (e.g. no_self_approval, coordinator_proxy_scope). Every FORBIDDEN
 * and CONFLICT names its rule (there is no rule-less helper; gateway/test/error-catalog.test.ts scans the sources), so
 * the caller reads the catalog's text of that rule (`refusal.<rule>`, @meander/messages) in their language.
 */
export const forbiddenBy = (rule: string, message: string) =>
  new GraphQLError(message, { extensions: { code: "FORBIDDEN", rule } });
/** CONFLICT, naming the business rule the current state breaks (e.g. expense_already_decided). */
export const conflictBy = (rule: string, message: string) =>
  new GraphQLError(message, { extensions: { code: "CONFLICT", rule } });
/** A body or file over its limit: the field it came in and the limit in bytes (HTTP 413 at the gateway). */
export const payloadTooLarge = (field: string, limit: number, message: string) =>
  new GraphQLError(message, { extensions: { code: "PAYLOAD_TOO_LARGE", field, limit } });
/**
 * An upload refused by @meander/storage's gate (its UploadRejectedError: rule, message, details): a file over the
 * policy's size is PAYLOAD_TOO_LARGE with the limit, every other refusal BAD_USER_INPUT with its rule.
 */
export function uploadRefusal(
  e: { rule: string; message: string; details: Record<string, unknown> },
  field: string,
): GraphQLError {
  const limit = e.details.maxBytes;
  if (e.rule === "upload_too_large" && typeof limit === "number") {
    return new GraphQLError(e.message, { extensions: { code: "PAYLOAD_TOO_LARGE", rule: e.rule, field, limit } });
  }
  return badInput(e.rule, field, e.message);
}
/**
 * A broken validation rule, named as in the seed (e.g. `duration_range`), with the field it concerns. `params` are
 * what the catalog's text names (`{ max: 200 }`), kept on the error (not sent): the error formatting picks the message.
 */
export const badInput = (
  rule: string,
  field: string,
  message: string,
  params?: Readonly<Record<string, string | number>>,
) =>
  Object.assign(
    new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", rule, field } }),
    params ? { params } : {},
  );
