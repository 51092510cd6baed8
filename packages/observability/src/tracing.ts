/**
 * Tracing (OpenTelemetry, the 2.x SDK line that runs on Node 20). Off unless started: without startTracing() every
 * helper here is one boolean check and calls straight through (no span, no context, no header), so a platform without
 * OTEL_EXPORTER_OTLP_ENDPOINT pays nothing. Started, one provider serves the process (the embedded start's seven
 * services share it; each span names its service in `meander.service`), the context follows async calls
 * (the process's one AsyncLocalStorage, async-context.ts), and W3C `traceparent` carries it across HTTP requests and event headers.
 *
 * Attributes are ids and codes only: operation names, organization ids, event types, error codes; never a person's
 * name, e-mail, token or an error's message.
 */
import {
  context,
  createContextKey,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SamplingDecision,
  SimpleSpanProcessor,
  type Sampler,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { contextManager } from "./async-context.js";
import { chooseSampler, type SamplerChoice } from "./sampler.js";

export { SpanKind, type Span };
export {
  chooseSampler,
  DEFAULT_SAMPLER,
  DEFAULT_SAMPLER_RATIO,
  type SamplerChoice,
  type SamplerName,
} from "./sampler.js";

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
  /** The head sampler's name (see sampler.ts); OTEL_TRACES_SAMPLER by default, else parentbased_traceidratio. */
  sampler?: string;
  /** Its ratio; OTEL_TRACES_SAMPLER_ARG by default, else 0.1. */
  samplerArg?: string | number;
}

export interface Tracing {
  /** Flushes what is buffered and turns tracing off again (it may be started again later in the process). */
  shutdown(): Promise<void>;
}

/**
 * One provider per service name for the life of the process, its spans handed to the processor of the tracing that
 * runs (none while stopped): a library that kept the tracer it got (Apollo Gateway does) exports again when tracing is
 * started again (the bench's on/off rounds), instead of recording into a provider that was shut down.
 */
const providers = new Map<string, BasicTracerProvider>();
let current: SpanProcessor | undefined;
const forwarding: SpanProcessor = {
  onStart: (span, parent) => current?.onStart(span, parent),
  onEnd: (span) => current?.onEnd(span),
  forceFlush: async () => current?.forceFlush(),
  shutdown: async () => {},
};
function providerOf(serviceName: string): BasicTracerProvider {
  let provider = providers.get(serviceName);
  if (!provider)
    providers.set(
      serviceName,
      (provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ "service.name": serviceName }),
        sampler,
        spanProcessors: [forwarding],
      })),
    );
  return provider;
}

/**
 * Apollo Gateway's spans that repeat ours are not made: its `gateway.request` (ours is the request's server span) and
 * its `gateway.fetch` per subgraph (ours is `gateway fetch <subgraph>`, whose context the subgraph gets); its
 * `gateway.validate`, `gateway.plan`, `gateway.execute` and `gateway.postprocessing` are kept. What Apollo runs inside
 * a skipped span stays in the trace of the span around it (the skipped one is a non-recording stand-in with its
 * parent's ids, which Apollo may end or annotate in vain). In a request that is not sampled none of Apollo's spans is
 * made: each is such a stand-in, so the 90 % of requests the default sampler leaves out cost no sampler call and no
 * ids per planning step.
 */
const DUPLICATES = new Set(["gateway.request", "gateway.fetch"]);
/** The instrumentation scope of @apollo/gateway's tracer (its utilities/opentelemetry.js). */
const APOLLO_GATEWAY = "apollo/gateway-js";
/** Not made: a duplicate, or any span of a request that is not sampled (no sampler call, no ids: the stand-in). */
const skipped = (name: string, ctx: Context) => DUPLICATES.has(name) || unsampled(ctx);
function withoutDuplicates(provider: TracerProvider): TracerProvider {
  const standIn = (ctx: Context) => trace.wrapSpanContext(trace.getSpanContext(ctx) ?? INVALID_SPAN_CONTEXT);
  const filtered = (tracer: Tracer): Tracer => ({
    startSpan: (name, options, ctx) =>
      skipped(name, ctx ?? context.active()) ? standIn(ctx ?? context.active()) : tracer.startSpan(name, options, ctx),
    startActiveSpan: ((name: string, ...args: unknown[]) => {
      const ctx = (args.length >= 3 ? (args[1] as Context | undefined) : undefined) ?? context.active();
      if (!skipped(name, ctx)) return (tracer.startActiveSpan as (...a: unknown[]) => unknown)(name, ...args);
      const fn = args.at(-1) as (span: Span) => unknown;
      const span = standIn(ctx);
      return context.with(trace.setSpan(ctx, span), fn, undefined, span);
    }) as Tracer["startActiveSpan"],
  });
  return {
    getTracer: (name, version, options) =>
      name === APOLLO_GATEWAY
        ? filtered(provider.getTracer(name, version, options))
        : provider.getTracer(name, version, options),
  };
}

/** Starts tracing for the process when an endpoint or an exporter is given; null (tracing stays off) otherwise. */
export function startTracing(opts: TracingOptions): Tracing | null {
  if (!opts.endpoint && !opts.exporter) return null;
  if (enabled) throw new Error("tracing already started in this process");
  choice = chooseSampler(opts.sampler, opts.samplerArg);
  // Batches of up to 1024 spans every 5 s (or as soon as 1024 wait), 4096 held at most (then dropped, never blocking a
  // request): fewer, larger exports than the SDK's 512/2048 when every request is traced. The SDK's other OTEL_BSP_*
  // variables (delay, timeout) still apply; these two are fixed here (nothing here reads the environment).
  const processor = opts.exporter
    ? new SimpleSpanProcessor(opts.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${opts.endpoint!.replace(/\/+$/, "")}/v1/traces` }), {
        maxExportBatchSize: 1024,
        maxQueueSize: 4096,
      });
  current = processor;
  const provider = providerOf(opts.serviceName);
  context.setGlobalContextManager(contextManager); // the process's one AsyncLocalStorage (async-context.ts)
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(withoutDuplicates(provider));
  enabled = true;
  return {
    async shutdown() {
      current = undefined;
      await processor.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      enabled = false;
    },
  };
}

/**
 * The head sampler chosen at start (sampler.ts: OTEL_TRACES_SAMPLER, by default parentbased_traceidratio 0.1) while
 * tracing runs; nothing once it was shut down. A library that
 * took its tracer while tracing ran (Apollo Gateway keeps the one it got) then makes non-recording spans only, so a
 * process whose tracing was stopped costs what one that never traced does (the bench turns it on and off).
 */
let choice: SamplerChoice = chooseSampler("parentbased_always_off");
const sampler: Sampler = {
  shouldSample: (...args) =>
    enabled ? choice.sampler.shouldSample(...args) : { decision: SamplingDecision.NOT_RECORD },
  toString: () => `meander(${choice.sampler.toString()} while tracing runs)`,
};

/**
 * A parent-based sampler records no child of an unsampled span: the helpers then make no span at all (no attributes,
 * no context switch), and the parent's context (its `traceparent` says "not sampled") is what travels on, so every
 * process downstream skips the same trace.
 */
function unsampled(parent: Context): boolean {
  if (!choice.parentBased) return false;
  const sc = trace.getSpanContext(parent);
  return sc !== undefined && (sc.traceFlags & TraceFlags.SAMPLED) === 0;
}

/** A span of a sampled trace is in progress (childOnly spans join it; none starts a trace). */
function inSampledTrace(parent: Context): boolean {
  const sc = trace.getSpanContext(parent);
  return sc !== undefined && (sc.traceFlags & TraceFlags.SAMPLED) !== 0;
}

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
  /**
   * Only as a child of a span being recorded (a transaction, a storage call: I/O inside an operation); never the
   * first span of a trace (the relay's polls, a job's claim would each start one of little use).
   */
  childOnly?: boolean;
}

/**
 * Runs `fn` in a new span (active while it runs), ended when `fn` settles; a rejection marks it failed with the
 * error's `code` (never its message). Off: just `fn()`, with no span.
 */
export function withSpan<T>(name: string, opts: SpanOptions, fn: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!enabled) return fn(undefined);
  const parent = opts.parent ?? context.active();
  if (unsampled(parent)) return opts.parent ? context.with(parent, () => fn(undefined)) : fn(undefined);
  if (opts.childOnly && !inSampledTrace(parent))
    return opts.parent ? context.with(parent, () => fn(undefined)) : fn(undefined);
  return tracer().startActiveSpan(
    name,
    { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes },
    parent,
    async (span) => {
      try {
        return opts.request
          ? await context.with(context.active().setValue(REQUEST_SPAN, span), () => fn(span))
          : await fn(span);
      } catch (err) {
        const code =
          (err as { code?: unknown; extensions?: { code?: unknown } })?.extensions?.code ??
          (err as { code?: unknown })?.code;
        span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === "string" ? code : (err as Error)?.name });
        if (typeof code === "string") span.setAttribute("meander.error_code", code);
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** Starts a span the caller ends (e.g. one per event of a relayed batch); undefined when tracing is off. */
export function startSpan(name: string, opts: SpanOptions): Span | undefined {
  if (!enabled) return undefined;
  const parent = opts.parent ?? context.active();
  if (unsampled(parent) || (opts.childOnly && !inSampledTrace(parent))) return undefined;
  return tracer().startSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, parent);
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
export function annotate(attributes: Attributes | (() => Attributes)): void {
  const span = requestSpan();
  if (span?.isRecording()) span.setAttributes(typeof attributes === "function" ? attributes() : attributes);
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
