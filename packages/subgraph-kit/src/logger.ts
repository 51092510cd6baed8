/** Structured JSON logs (pino), one logger per service. */
import { pino, type Logger } from "pino";
import { traceIds } from "@meander/observability";

export type { Logger };

/** With tracing on, each line logged inside a span carries its `trace_id` and `span_id` (to find the trace from a log). */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({ name: service, level, base: { service }, mixin: () => traceIds() ?? {} });
}
