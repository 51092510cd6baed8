/**
 * What every GraphQL operation tells the person on call, at the gateway and in each subgraph (issue 23): its rate,
 * its latency and its errors per operation name and code (Prometheus, @meander/observability), and the same facts on
 * the request's span when tracing is on (operation name and type, the caller's organization id, the error codes).
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { RequestContext } from "@meander/auth";
import { annotate, metrics, operationLabel, requestSpan } from "@meander/observability";

export function observabilityPlugin<C extends BaseContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async didResolveOperation({ operationName, operation }) {
          // Nothing to build when the request is not traced (tracing off, or this trace not sampled).
          const span = requestSpan();
          if (!span?.isRecording()) return;
          span.updateName(`${service} ${operation?.operation ?? "operation"} ${operationLabel(operationName)}`);
          span.setAttributes({
            "graphql.operation.name": operationName ?? "",
            "graphql.operation.type": operation?.operation ?? "",
          });
        },
        async willSendResponse({ response, operationName, contextValue }) {
          const operation = operationLabel(operationName);
          metrics.requests.inc({ service, operation });
          metrics.duration.observe({ service, operation }, (Date.now() - started) / 1000);
          const errors =
            response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          const codes = new Set<string>();
          for (const e of errors ?? [])
            codes.add(typeof e.extensions?.code === "string" ? e.extensions.code : "UNKNOWN");
          for (const code of codes) metrics.errors.inc({ service, operation, code });
          if (codes.has("RATE_LIMITED")) metrics.rateLimited.inc({ service, operation });
          const organizationId = (contextValue as Partial<RequestContext>).viewer?.organizationId;
          annotate(() => ({
            ...(organizationId ? { "meander.organization_id": organizationId } : {}),
            ...(codes.size > 0 ? { "meander.error_codes": [...codes] } : {}),
          }));
        },
      };
    },
  };
}
