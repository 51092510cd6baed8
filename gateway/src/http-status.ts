/**
 * @apollo/gateway answers 200 whatever a subgraph's error was. A rate-limited
 * operation (a subgraph error with code RATE_LIMITED) must reach the client as
 * HTTP 429 with Retry-After, so clients and proxies can back off.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

export function rateLimitStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const limited = response.body.singleResult.errors?.find((e) => e.extensions?.code === "RATE_LIMITED");
          if (!limited) return;
          response.http.status = 429;
          const retryAfter = Number(limited.extensions?.retryAfter);
          if (Number.isFinite(retryAfter) && retryAfter > 0) response.http.headers.set("retry-after", String(Math.ceil(retryAfter)));
        },
      };
    },
  };
}
