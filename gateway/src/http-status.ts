/**
 * @apollo/gateway answers 200 whatever a subgraph's error was. Some errors
 * must reach the client, proxies and alerting as an HTTP status:
 *
 * - `RATE_LIMITED` → 429 with Retry-After, so clients and proxies back off;
 * - `PAYLOAD_TOO_LARGE` → 413 (a file over its limit, refused by its subgraph);
 * - `SERVICE_UNAVAILABLE` (a subgraph down, crashed or too slow:
 *   subgraph-errors.ts) → 503 with Retry-After, unless the answer holds data
 *   from the other subgraphs: a partial answer keeps its 200 and carries the
 *   error for the missing part.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./subgraph-errors.js";

/** Whether any root field of the answer has a value (then it is a partial answer, not an outage). */
const hasData = (data: Record<string, unknown> | null | undefined) =>
  !!data && Object.values(data).some((v) => v !== null && v !== undefined);

function retryAfter(error: GraphQLFormattedError): string | null {
  const seconds = Number(error.extensions?.retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? String(Math.ceil(seconds)) : null;
}

export function errorStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          const byCode = (code: string) => errors?.find((e) => e.extensions?.code === code);
          const limited = byCode("RATE_LIMITED");
          const tooLarge = byCode("PAYLOAD_TOO_LARGE");
          const unavailable = byCode("SERVICE_UNAVAILABLE");
          if (limited) {
            response.http.status = 429;
            const after = retryAfter(limited);
            if (after) response.http.headers.set("retry-after", after);
          } else if (tooLarge) {
            response.http.status = 413;
          } else if (unavailable && !hasData(data)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", retryAfter(unavailable) ?? String(OUTAGE_RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
