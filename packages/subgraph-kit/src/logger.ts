/** Structured JSON logs (pino), one logger per service. */
import { pino, type Logger } from "pino";
import { traceIds } from "@meander/observability";
import { currentRequestId } from "./refusals.js";

export type { Logger };

/**
 * Each line logged while a request is answered carries its `request_id` (the gateway's, also in every subgraph the
 * request reaches); with tracing on, each line logged inside a span its `trace_id` and `span_id` (to find the trace
 * from a log line). Never a person's data: log ids and codes (see the observability README).
 */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({ name: service, level, base: { service }, mixin: lineIds });
}

function lineIds(): Record<string, string> {
  const requestId = currentRequestId();
  const ids = traceIds();
  return requestId ? { ...ids, request_id: requestId } : (ids ?? {});
}
