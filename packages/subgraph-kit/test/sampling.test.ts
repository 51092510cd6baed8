// A request the head sampler leaves out (issue 23: 90 % of them with the default sampler) makes no span at all: not
// ours, and none of Apollo Gateway's planning and execution spans either (each is a stand-in carrying its parent's
// ids, no sampler call, no new ids); the "not sampled" decision still travels on.
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { contextFrom, startTracing, traceHeaders, withSpan, type Tracing } from "@meander/observability";

const spans = new InMemorySpanExporter();
let tracing: Tracing | null;

beforeAll(() => {
  tracing = startTracing({
    serviceName: "kit-sampling-test",
    exporter: spans,
    sampler: "parentbased_traceidratio",
    samplerArg: 0,
  });
});
afterAll(async () => {
  await tracing?.shutdown();
});
beforeEach(() => spans.reset()); // no span of another test

it("makes no span of Apollo Gateway's in a request that is not sampled, and passes the decision on", async () => {
  const apollo = trace.getTracer("apollo/gateway-js");
  const seen = await withSpan("gateway POST /graphql", { request: true }, async () => {
    const request = trace.getActiveSpan()!.spanContext();
    const plan = apollo.startSpan("gateway.plan");
    const execute = await apollo.startActiveSpan("gateway.execute", async (span) => {
      const inside = traceHeaders()?.traceparent;
      span.end();
      return { ids: span.spanContext(), inside };
    });
    plan.end();
    return { request, plan: plan.spanContext(), execute };
  });
  // Stand-ins: the request's own (non-recording) ids, nothing new made.
  expect(seen.plan).toEqual(seen.request);
  expect(seen.execute.ids).toEqual(seen.request);
  expect(seen.execute.inside).toBe(`00-${seen.request.traceId}-${seen.request.spanId}-00`);
  expect(spans.getFinishedSpans()).toEqual([]);
});

it("still makes Apollo's spans in a sampled request (a sampled parent from another process)", async () => {
  const apollo = trace.getTracer("apollo/gateway-js");
  const parent = { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
  await withSpan("gateway POST /graphql", { request: true, parent: contextFrom(parent) }, async () => {
    apollo.startSpan("gateway.plan").end();
  });
  const names = spans.getFinishedSpans().map((s) => s.name);
  expect(names).toEqual(["gateway.plan", "gateway POST /graphql"]);
  expect(new Set(spans.getFinishedSpans().map((s) => s.spanContext().traceId))).toEqual(
    new Set(["0af7651916cd43dd8448eb211c80319c"]),
  );
});
