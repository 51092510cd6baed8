/**
 * Tracing (OpenTelemetry, the 2.x SDK line that runs on Node 20). Off unless started: without startTracing() every
 * helper here is one boolean check and calls straight through (no span, no context, no header), so a platform without
 * OTEL_EXPORTER_OTLP_ENDPOINT pays nothing. Started, one provider serves the process (the embedded start's seven
 * services share it; each span names its service in `meander.service`), the context follows async calls
 * (AsyncLocalStorage), and W3C `traceparent` carries it across HTTP requests and event headers.
 *
 * Attributes are ids and codes only: operation names, organization ids, event types, error codes; never a person's
 * name, e-mail, token or an error's message.
 */
import { context, createContextKey, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SamplingDecision,
  SimpleSpanProcessor,
  type Sampler,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";

export { SpanKind, type Span };

let enabled = false;

export function tracingEnabled(): boolean {
  return enabled;
}

export interface TracingOptions {
  /** The resource's service.name: the process (`meander` for the embedded start, the service's name otherwise). */
  serviceName: string;
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://collector:4318); spans go to `<endpoint>/v1/traces`. */
  endpoint?: string;
  /** Tests: an exporter of their own (e.g. InMemorySpanExporter), spans exported one by one as they end. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Flushes what is buffered and turns tracing off again (it may be started again later in the process). */
  shutdown(): Promise<void>;
}

/** Starts tracing for the process when an endpoint or an exporter is given; null (tracing stays off) otherwise. */
export function startTracing(opts: TracingOptions): Tracing | null {
  if (!opts.endpoint && !opts.exporter) return null;
  if (enabled) throw new Error("tracing already started in this process");
  const processor = opts.exporter
    ? new SimpleSpanProcessor(opts.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${opts.endpoint!.replace(/\/+$/, "")}/v1/traces` }));
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ "service.name": opts.serviceName }), sampler, spanProcessors: [processor] });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  enabled = true;
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      enabled = false;
    },
  };
}

/**
 * Every span while tracing runs (respecting a caller's unsampled parent); none once it was shut down. A library that
 * took its tracer while tracing ran (Apollo Gateway keeps the one it got) then makes non-recording spans only, so a
 * process whose tracing was stopped costs what one that never traced does (the bench turns it on and off).
 */
const parentBased = new ParentBasedSampler({ root: new AlwaysOnSampler() });
const sampler: Sampler = {
  shouldSample: (...args) => (enabled ? parentBased.shouldSample(...args) : { decision: SamplingDecision.NOT_RECORD }),
  toString: () => "meander(ParentBased(AlwaysOn) while tracing runs)",
};

const tracer = () => trace.getTracer("meander");

/** The request's own (server) span, found by what runs inside it however many spans (transactions) are in between. */
const REQUEST_SPAN = createContextKey("meander.request-span");

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The parent (e.g. extracted from a request's or an event's headers); the active context by default. */
  parent?: Context;
  /** This is a request's span: `annotate` and `requestSpan` find it from anywhere inside. */
  request?: boolean;
}

/**
 * Runs `fn` in a new span (active while it runs), ended when `fn` settles; a rejection marks it failed with the
 * error's `code` (never its message). Off: just `fn()`, with no span.
 */
export function withSpan<T>(name: string, opts: SpanOptions, fn: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!enabled) return fn(undefined);
  const parent = opts.parent ?? context.active();
  return tracer().startActiveSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, parent, async (span) => {
    try {
      return opts.request ? await context.with(context.active().setValue(REQUEST_SPAN, span), () => fn(span)) : await fn(span);
    } catch (err) {
      const code = (err as { code?: unknown; extensions?: { code?: unknown } })?.extensions?.code ?? (err as { code?: unknown })?.code;
      span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === "string" ? code : (err as Error)?.name });
      if (typeof code === "string") span.setAttribute("meander.error_code", code);
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Starts a span the caller ends (e.g. one per event of a relayed batch); undefined when tracing is off. */
export function startSpan(name: string, opts: SpanOptions): Span | undefined {
  if (!enabled) return undefined;
  return tracer().startSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, opts.parent ?? context.active());
}

/** The trace context of `span` (or the active one) as W3C headers (`traceparent`, `tracestate`); undefined when off. */
export function traceHeaders(span?: Span): Record<string, string> | undefined {
  if (!enabled) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(span ? trace.setSpan(context.active(), span) : context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : undefined;
}

/** The context carried by these headers (a request's, an event's), to parent the next span on. */
export function contextFrom(headers: Record<string, string | string[] | undefined> | undefined): Context | undefined {
  if (!enabled || !headers) return undefined;
  return propagation.extract(ROOT_CONTEXT, headers);
}

/**
 * Runs `fn` with the trace context of these headers active (a transport handing an event to its consumer); without
 * headers, outside any trace (not in whatever published it).
 */
export function withContextOf<T>(headers: Record<string, string> | undefined, fn: () => T): T {
  if (!enabled) return fn();
  return context.with(headers ? propagation.extract(ROOT_CONTEXT, headers) : ROOT_CONTEXT, fn);
}

/** Runs `fn` outside the trace in progress (work it schedules, e.g. a relay poke's timer, starts no child of it). */
export function detached<T>(fn: () => T): T {
  if (!enabled) return fn();
  return context.with(ROOT_CONTEXT, fn);
}

/** Adds attributes to the request's span (see SpanOptions.request), else to the span in progress. */
export function annotate(attributes: Attributes): void {
  requestSpan()?.setAttributes(attributes);
}

/** The request's span (see SpanOptions.request), else the span in progress; undefined when tracing is off. */
export function requestSpan(): Span | undefined {
  if (!enabled) return undefined;
  return (context.active().getValue(REQUEST_SPAN) as Span | undefined) ?? trace.getActiveSpan();
}

export function markFailed(span: Span | undefined, code: string): void {
  span?.setStatus({ code: SpanStatusCode.ERROR, message: code });
}

/** The ids of the span in progress, for log lines; undefined when tracing is off or outside any span. */
export function traceIds(): { trace_id: string; span_id: string } | undefined {
  if (!enabled) return undefined;
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
