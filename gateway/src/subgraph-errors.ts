/**
 * What a subgraph's failure becomes for the client. Apollo's data source turns
 * every non-2xx answer, and every request that got no answer, into an internal
 * error; the client then cannot tell "try again" from "this is broken". Here:
 *
 * - **Outage** (issue 19 item 4): the subgraph cannot be reached (connection
 *   refused), dropped the connection (it crashed mid-request), did not answer
 *   within the deadline, or a proxy in front of it answered 502/503/504: the
 *   error is `SERVICE_UNAVAILABLE` naming the service (`extensions.service`)
 *   with `retryAfter` in seconds; http-status.ts turns it into HTTP 503 with
 *   Retry-After unless other subgraphs gave data (a partial answer stays 200).
 * - **Bad input**: a subgraph refuses a request whose variables do not coerce
 *   (a custom scalar the gateway cannot check itself, e.g. a `LocalDate` of
 *   "yesterday") with HTTP 400 and `BAD_USER_INPUT`; the client gets it with
 *   the subgraph's message (GraphQL's coercion text, nothing of the server).
 * - **Too large**: a subgraph refuses a body over its limit with HTTP 413 and
 *   `PAYLOAD_TOO_LARGE` (field, limit); the client gets that verdict (HTTP 413).
 */
import { GraphQLError } from "graphql";

/** Seconds a client is told to wait before retrying after an outage (a restarted subgraph is back within this). */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

interface Answer {
  status: number;
  json(): Promise<unknown>;
}

type ErrorBody = { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> } | null;

/** The subgraph `service` is down, unreachable or too slow (its answer, if any, is lost). */
export function serviceUnavailable(service: string): GraphQLError {
  return new GraphQLError(`Tjenesten «${service}» svarer ikke akkurat nå. Prøv igjen om litt.`, {
    extensions: { code: "SERVICE_UNAVAILABLE", service, retryAfter: OUTAGE_RETRY_AFTER_SECONDS },
  });
}

/** The client's verdict for a subgraph's non-2xx answer, or null (then Apollo's internal error stands). */
export async function errorFromStatus(service: string, response: Answer): Promise<GraphQLError | null> {
  if (response.status === 502 || response.status === 503 || response.status === 504) return serviceUnavailable(service);
  if (response.status !== 400 && response.status !== 413) return null;
  const body = (await response.json().catch(() => null)) as ErrorBody;
  const first = body?.errors?.[0];
  if (typeof first?.message !== "string") return null;
  const message = first.message.slice(0, 500);
  const code = first.extensions?.code;
  if (response.status === 400 && code === "BAD_USER_INPUT") {
    // The field and rule a subgraph named (e.g. a custom scalar's literal refused at validation) reach the client too.
    const { field, rule, violations } = first.extensions ?? {};
    return new GraphQLError(message, {
      extensions: {
        code,
        ...(typeof field === "string" ? { field } : {}),
        ...(typeof rule === "string" ? { rule } : {}),
        ...(Array.isArray(violations) ? { violations } : {}),
      },
    });
  }
  if (response.status === 413 && code === "PAYLOAD_TOO_LARGE") {
    const { field, limit } = first.extensions ?? {};
    return new GraphQLError(message, { extensions: { code, field, limit, service } });
  }
  return null;
}
