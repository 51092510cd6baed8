/**
 * An OpenTelemetry collector's OTLP/HTTP trace endpoint in the test's (or the bench's) own process, on loopback: the
 * services export to it as they would to a collector (OTEL_EXPORTER_OTLP_ENDPOINT = `endpoint`), and it keeps what
 * they sent (`keep: false`: only counts, for the bench). The JavaScript exporter sends JSON (ids in hex); a gzip body
 * is accepted too.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

export interface ReceivedSpan {
  /** The exporting process's `service.name`. */
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  /** String, number, boolean and array attributes, flattened. */
  attributes: Record<string, unknown>;
}

export interface OtlpReceiver {
  /** OTEL_EXPORTER_OTLP_ENDPOINT for the processes (spans arrive at `<endpoint>/v1/traces`). */
  endpoint: string;
  spans: ReceivedSpan[];
  /** Spans received so far (also when not kept). */
  count(): number;
  close(): Promise<void>;
}

interface AnyValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: AnyValue[] };
}
type KeyValue = { key: string; value: AnyValue };

const valueOf = (v: AnyValue): unknown =>
  v.stringValue ??
  (v.intValue !== undefined ? Number(v.intValue) : undefined) ??
  v.doubleValue ??
  v.boolValue ??
  v.arrayValue?.values?.map(valueOf);
const attributesOf = (list: KeyValue[] | undefined) =>
  Object.fromEntries((list ?? []).map((kv) => [kv.key, valueOf(kv.value)]));
/** Ids are hex in OTLP/JSON; base64 (protobuf-JSON) is turned into hex. */
const hex = (id: string | undefined) =>
  !id ? undefined : /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, "base64").toString("hex");

export async function startOtlpReceiver(opts: { keep?: boolean } = {}): Promise<OtlpReceiver> {
  const keep = opts.keep ?? true;
  const spans: ReceivedSpan[] = [];
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        if (req.url !== "/v1/traces") return void res.writeHead(404).end();
        const raw = Buffer.concat(chunks);
        const body = JSON.parse(
          (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8"),
        ) as {
          resourceSpans?: Array<{
            resource?: { attributes?: KeyValue[] };
            scopeSpans?: Array<{
              spans?: Array<{
                traceId: string;
                spanId: string;
                parentSpanId?: string;
                name: string;
                attributes?: KeyValue[];
              }>;
            }>;
          }>;
        };
        for (const rs of body.resourceSpans ?? []) {
          const service = String(attributesOf(rs.resource?.attributes)["service.name"] ?? "");
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? []) {
              count += 1;
              if (keep)
                spans.push({
                  service,
                  traceId: hex(s.traceId)!,
                  spanId: hex(s.spanId)!,
                  parentSpanId: hex(s.parentSpanId),
                  name: s.name,
                  attributes: attributesOf(s.attributes),
                });
            }
        }
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
