// The request's language and id and the trace context share the process's one AsyncLocalStorage (issue 23,
// @meander/observability async-context.ts): neither may lose the other, whichever was set first, across awaits, and
// inside a span whose parent came from another process's headers (a context that did not derive from the active one).
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contextFrom, requestSpan, startTracing, traceHeaders, withSpan, type Tracing } from "@meander/observability";
import { currentLanguage, currentRequestId, inLanguage } from "../src/refusals.js";

const spans = new InMemorySpanExporter();
let tracing: Tracing | null;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

beforeAll(() => {
  tracing = startTracing({ serviceName: "kit-test", exporter: spans, sampler: "always_on" });
});
afterAll(async () => {
  await tracing?.shutdown();
});

it("keeps the request's language and id inside spans, and the span inside the request, across awaits", async () => {
  const caller = (await withSpan("caller", {}, async () => traceHeaders())) ?? {};
  expect(caller.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  const traceId = caller.traceparent?.split("-")[1];

  const seen = await inLanguage(
    "nn",
    () =>
      withSpan("kit-test POST /graphql", { request: true, parent: contextFrom(caller) }, async () => {
        await tick();
        const inner = await withSpan("inner", {}, async () => {
          await tick();
          return { lang: currentLanguage(), requestId: currentRequestId(), traceparent: traceHeaders()?.traceparent };
        });
        // A language set inside the span (the token's claim) is seen by what follows in the same request.
        const nested = await inLanguage("en", async () => {
          await tick();
          return { lang: currentLanguage(), span: requestSpan() !== undefined };
        });
        return { inner, nested, after: currentLanguage() };
      }),
    "req-1",
  );
  expect(seen.inner.lang).toBe("nn");
  expect(seen.inner.requestId).toBe("req-1");
  expect(seen.inner.traceparent?.split("-")[1]).toBe(traceId);
  expect(seen.nested).toEqual({ lang: "en", span: true });
  expect(seen.after).toBe("nn");
  // Outside the request: the default language, no id, no trace.
  expect(currentLanguage()).toBe("nb");
  expect(currentRequestId()).toBeUndefined();
  expect(traceHeaders()?.traceparent).toBeUndefined();
  expect(spans.getFinishedSpans().map((s) => s.name)).toEqual(["caller", "inner", "kit-test POST /graphql"]);
});
