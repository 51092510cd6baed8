/**
 * Which database failures pass by themselves (issue 19): a lost or refused connection, a server shutting down or
 * starting up, a serialization failure, a deadlock, a lock not obtained in time. Trying the same work again later
 * can succeed; anything else (a constraint, a bad value, a bug) fails the same way every time.
 */

/** SQLSTATEs of failures that pass: whole class 08 (connection exception) and 53 (insufficient resources) besides these. */
const TRANSIENT_STATES = new Set([
  "57P01", // admin_shutdown: terminating connection due to administrator command (pg_terminate_backend, restart)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down
  "57014", // query_canceled: statement_timeout
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "55P03", // lock_not_available: lock_timeout, NOWAIT
  "58000", // system_error
  "58030", // io_error
]);

/** Node's socket errors and node-postgres' own words for a connection that went away (they carry no SQLSTATE). */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
]);
const NETWORK_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /client was closed and is not queryable/i,
  /cannot use a pool after calling end/i,
  /connection (?:is )?closed/i,
  /server closed the connection unexpectedly/i,
];

/** The SQLSTATE or socket code found in the cause chain (drizzle wraps the driver's error in its own). */
function codesOf(error: unknown): { states: string[]; messages: string[] } {
  const states: string[] = [];
  const messages: string[] = [];
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 6;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") states.push(code);
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string") messages.push(message);
  }
  return { states, messages };
}

/** True when the same work may succeed if tried again later (see above); false for anything deterministic. */
export function isTransientDbError(error: unknown): boolean {
  const { states, messages } = codesOf(error);
  for (const code of states) {
    if (TRANSIENT_STATES.has(code) || code.startsWith("08") || code.startsWith("53") || NETWORK_CODES.has(code))
      return true;
  }
  return messages.some((m) => NETWORK_MESSAGES.some((re) => re.test(m)));
}

/** True when the connection itself is lost (the client must not go back to the pool): class 08, 57P0x, socket errors. */
export function isConnectionLost(error: unknown): boolean {
  const { states, messages } = codesOf(error);
  for (const code of states) {
    if (code.startsWith("08") || /^57P0[123]$/.test(code) || NETWORK_CODES.has(code)) return true;
  }
  return messages.some((m) => NETWORK_MESSAGES.some((re) => re.test(m)));
}

/** A unique-constraint violation (SQLSTATE 23505), whether the driver error is wrapped by drizzle or not. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && typeof e === "object" && i < 10; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
