/** The error codes clients may see (DESIGN.md section 4); anything else is masked. */

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
