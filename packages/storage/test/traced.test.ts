// The object store's spans for the person on call (issue 23): each call a client span with the operation, the
// backend and the organization's id, a failure's code; never the key (it may carry a file name) nor the bytes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTracing, traceHeaders, withSpan, type Tracing } from "@meander/observability";
import { createLocalStore, tracedStore } from "../src/index.js";

const ORG = "0190f0a0-0000-7000-8000-00000000000a";
let spans = new InMemorySpanExporter();
let tracing: Tracing | null;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "meander-storage-traced-"));
});

/**
 * Each test starts the tracing it needs (runnable alone, in any order) with an exporter of its own: shutting tracing
 * down stops its exporter, which then takes no span (a test after it would see none whatever the code did).
 */
async function traceWith(sampler: Pick<Parameters<typeof startTracing>[0], "sampler" | "samplerArg">) {
  await tracing?.shutdown();
  spans = new InMemorySpanExporter();
  tracing = startTracing({ serviceName: "storage-test", exporter: spans, ...sampler });
}
afterAll(async () => {
  await tracing?.shutdown();
  await rm(dir, { recursive: true, force: true });
});

it("makes a span per call with the operation, the backend, the organization's id and a failure's code", async () => {
  await traceWith({ sampler: "always_on" });
  const store = tracedStore(createLocalStore({ root: dir }));
  // Outside any operation a call starts no trace of its own (the spans are the I/O of a request, a consumer).
  await store.put(ORG, "receipts/alone.pdf", Buffer.from("%PDF-1.4"), { contentType: "application/pdf" });
  expect(spans.getFinishedSpans()).toEqual([]);
  // Inside a request's span:
  await withSpan("finance mutation AttachReceipt", { request: true }, async () => {
    await store.put(ORG, "receipts/kari-nordmann.pdf", Buffer.from("%PDF-1.4"), { contentType: "application/pdf" });
    expect((await store.get(ORG, "receipts/kari-nordmann.pdf"))?.size).toBe(8);
    await expect(store.head(ORG, "../outside")).rejects.toMatchObject({ code: "INVALID_KEY" });
  });
  const finished = spans.getFinishedSpans().filter((s) => s.name.startsWith("storage "));
  expect(finished.map((s) => s.name)).toEqual(["storage put", "storage get", "storage head"]);
  expect(finished[0]!.attributes).toEqual({
    "meander.storage.operation": "put",
    "meander.storage.backend": "local",
    "meander.organization_id": ORG,
  });
  expect(finished[2]!.attributes["meander.error_code"]).toBe("INVALID_KEY");
  expect(finished[2]!.status).toMatchObject({ code: 2, message: "INVALID_KEY" });
  // The key names a person here: it is on no span.
  expect(JSON.stringify(finished.map((s) => s.attributes))).not.toContain("kari");
});

it("follows the head sampler: inside a request it skipped, no span, and what the request passes on says so", async () => {
  await traceWith({ sampler: "parentbased_traceidratio", samplerArg: 0 });
  const store = tracedStore(createLocalStore({ root: dir }));
  let passedOn: Record<string, string> | undefined;
  await withSpan("finance mutation AttachReceipt", { request: true }, async () => {
    await store.put(ORG, "receipts/skipped.pdf", Buffer.from("%PDF-1.4"), { contentType: "application/pdf" });
    passedOn = traceHeaders();
  });
  expect(spans.getFinishedSpans()).toEqual([]);
  // The decision travels (W3C flags 00): the next process skips the same request.
  expect(passedOn?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
});
