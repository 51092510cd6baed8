/**
 * A small node:http integration for Apollo Server (its documented
 * executeHTTPGraphQLRequest API): health and readiness endpoints, a body size
 * limit, and, for subgraphs, the gateway signature check before anything runs.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from "@apollo/server";
import { SIGNATURE_HEADER, verifyRequestSignature } from "@meander/auth";
import { isTransientDbError } from "@meander/db";
import { Kind, parse } from "graphql";
import { inLanguage, languageFromHeader } from "./refusals.js";
import { contextFrom, METRICS_CONTENT_TYPE, metrics, renderMetrics, SpanKind, withSpan } from "@meander/observability";

export interface HttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The service's name: the `service` label of its metrics and the `meander.service` of its spans. */
  service?: string;
  /**
   * Take the request's id from its `x-request-id` header (subgraphs: the gateway's id, so their log lines join the
   * gateway's); otherwise (the gateway, facing clients) every request gets a new one. See currentRequestId().
   */
  requestIdFromHeader?: boolean;
  /** `scoped`: what `around` handed over (e.g. the request's transaction); undefined without `around`. */
  context: (req: IncomingMessage, scoped?: unknown) => Promise<C>;
  /**
   * Wraps each GraphQL execution, e.g. in a request-scoped transaction: `execute` runs the operation with the
   * given `scoped` value passed to `context`; the answer is complete (buffered) before `around` returns.
   */
  around?: (
    req: IncomingMessage,
    execute: (scoped: unknown) => Promise<HTTPGraphQLResponse>,
  ) => Promise<HTTPGraphQLResponse>;
  /** When set, every request except health checks must carry a valid gateway signature. */
  signingSecret?: string;
  /**
   * Readiness: false (or `ready: false`) answers 503, for a service that cannot do its work (its database is
   * unreachable); `degraded` reasons keep 200 and are listed (see the README: what a load balancer acts on).
   */
  ready?: () => Promise<boolean | Readiness>;
  maxBodyBytes?: number;
  /**
   * A second GraphQL path with a larger body limit that accepts only the named
   * mutations (file uploads sent base64); everything else there is refused
   * before execution. See `uploadOnly`.
   */
  uploads?: { path: string; maxBodyBytes: number; fields: ReadonlySet<string> };
  /** Extra routes (e.g. a JWKS endpoint), answered before GraphQL. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
}

export interface Readiness {
  ready: boolean;
  /** Why not ready (503). */
  reason?: string;
  /** Ready, but working below par: the outbox backlog ageing, the event broker unreachable. */
  degraded?: string[];
}

class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes`);
  }
}

/**
 * Reads the body up to `limit` bytes. Past it (or when content-length already says so) it refuses at once but
 * does not cut the connection: the rest of the body is read and dropped (node's server does so once the 413 is
 * sent, and its request timeout bounds it), so a client still uploading gets the 413 instead of a reset socket.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const drop = () => req.on("error", () => {}).resume(); // a client that gives up on the rest is no error of ours
    if (Number(req.headers["content-length"] ?? 0) > limit) {
      drop();
      return reject(new BodyTooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData).off("end", onEnd).off("error", reject);
      drop();
      reject(new BodyTooLarge(limit));
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** An incremental answer read to its end, so nothing runs after a wrapping transaction closed. */
async function buffered(result: HTTPGraphQLResponse): Promise<HTTPGraphQLResponse> {
  if (result.body.kind === "complete") return result;
  const chunks: string[] = [];
  for await (const chunk of result.body.asyncIterator) chunks.push(chunk);
  return {
    ...result,
    body: {
      kind: "chunked",
      asyncIterator: (async function* () {
        yield* chunks;
      })(),
    },
  };
}

/** A request id a subgraph accepts from the gateway's header (anything else: a new one; nothing odd reaches a log line). */
const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/;

const gqlError = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

export function createHttpHandler<C extends BaseContext>(opts: HttpOptions<C>) {
  const service = opts.service ?? "unnamed";
  const handle = createHandler(opts);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0]!;
    // The process's metrics (every service's, in the embedded start); unsigned, like /healthz (see the README).
    if (path === "/metrics") {
      res.writeHead(200, { "content-type": METRICS_CONTENT_TYPE });
      return void res.end(await renderMetrics());
    }
    if (path === "/healthz" || path === "/readyz") return handle(req, res);
    res.once("finish", () => metrics.httpResponses.inc({ service, status: String(res.statusCode) }));
    // The request's language (refusals answer in it) and id (on every log line written while it runs, logger.ts).
    const header = req.headers["x-request-id"];
    const requestId =
      opts.requestIdFromHeader && typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    return inLanguage(
      languageFromHeader(req.headers["accept-language"]),
      () =>
        // A span per request, joining the caller's trace (the gateway's `traceparent`); nothing when tracing is off.
        withSpan(
          `${service} ${req.method ?? "POST"} ${path}`,
          {
            kind: SpanKind.SERVER,
            request: true,
            parent: contextFrom(req.headers),
            attributes: { "meander.service": service, "http.route": path },
          },
          async (span) => {
            await handle(req, res);
            span?.setAttribute("http.response.status_code", res.statusCode);
          },
        ),
      requestId,
    );
  };
}

function createHandler<C extends BaseContext>(opts: HttpOptions<C>) {
  const limit = opts.maxBodyBytes ?? 1_000_000;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/healthz") return send(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") {
        const answer = opts.ready ? await opts.ready() : true;
        const { ready, reason, degraded = [] } = typeof answer === "boolean" ? { ready: answer } : answer;
        if (!ready) return send(res, 503, { status: "not ready", ...(reason ? { reason } : {}) });
        return send(res, 200, { status: degraded.length > 0 ? "degraded" : "ready", degraded });
      }
      const route = opts.routes?.[url.pathname];
      if (route) return await route(req, res);

      const upload = opts.uploads && url.pathname === opts.uploads.path ? opts.uploads : undefined;
      const raw = await readBody(req, upload?.maxBodyBytes ?? limit);
      if (opts.signingSecret) {
        const header = req.headers[SIGNATURE_HEADER];
        if (!verifyRequestSignature(opts.signingSecret, Array.isArray(header) ? header[0] : header, raw)) {
          return send(res, 401, gqlError("UNAUTHENTICATED", "Request not signed by the gateway"));
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      let body: unknown = raw;
      if (raw.length > 0 && (headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, gqlError("BAD_REQUEST", "Body is not valid JSON"));
        }
      }
      if (upload) {
        const refusal = uploadOnly(body, upload.fields);
        if (refusal) return send(res, 400, gqlError("BAD_REQUEST", refusal));
      }
      // Refusals answer in the caller's language (refusals.ts, set for the request by createHttpHandler).
      const execute = async (scoped?: unknown) =>
        buffered(
          await opts.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
            context: () => opts.context(req, scoped),
          }),
        );
      const result = opts.around ? await opts.around(req, execute) : await execute();
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        const body = {
          message: `Forespørselen er for stor: høyst ${err.limit} byte`,
          extensions: { code: "PAYLOAD_TOO_LARGE", field: "body", limit: err.limit },
        };
        return send(res, 413, { errors: [body] });
      }
      // The request's transaction could not begin or commit because the database went away: retryable, 503.
      if (isTransientDbError(err) && !res.headersSent) {
        return send(
          res,
          503,
          {
            errors: [
              {
                message: "Databasen er midlertidig utilgjengelig; prøv igjen om litt.",
                extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
              },
            ],
          },
          { "retry-after": "1" },
        );
      }
      if (!res.headersSent) send(res, 500, gqlError("INTERNAL_SERVER_ERROR", "Internal server error"));
      else res.end();
    }
  };
}

/**
 * Why a request on the upload path is refused, or null: it must be a POSTed
 * JSON body holding one mutation whose root fields are all upload mutations.
 */
export function uploadOnly(body: unknown, fields: ReadonlySet<string>): string | null {
  const allowed = [...fields].sort().join(", ");
  const query = typeof body === "object" && body !== null ? (body as { query?: unknown }).query : undefined;
  if (typeof query !== "string") return `This path accepts only a JSON body with an upload mutation (${allowed})`;
  let doc;
  try {
    doc = parse(query, { maxTokens: 500 });
  } catch {
    return "The operation does not parse";
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const only = ops.length === 1 && doc.definitions.length === 1 ? ops[0] : undefined;
  const ok =
    only?.operation === "mutation" &&
    only.selectionSet.selections.every((sel) => sel.kind === Kind.FIELD && fields.has(sel.name.value));
  return ok
    ? null
    : `This path accepts only one mutation of upload fields (${allowed}); use /graphql for everything else`;
}

export interface Listening {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  host = "127.0.0.1",
): Promise<Listening> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://${host}:${actual}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
