/**
 * How the gateway sends its query plan's requests to the subgraphs: node:http
 * (https for https URLs) over kept-alive connections, each request signed over
 * the exact bytes it sends (the subgraphs check `x-meander-signature`).
 *
 * Why not the global fetch: every subgraph call of the query plan went through
 * it, and undici's WHATWG Request/Response/stream layers were the largest
 * share of the gateway's own CPU time per request in the bench's profile
 * (packages/bench/README.md, "What limits each figure"). The data source
 * needs only a small part of a fetch Response (status, headers, text, json,
 * clone), so this answers with exactly that, the body read once.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { SIGNATURE_HEADER, signRequest } from "@meander/auth";

export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** The part of a fetch Response the gateway's data sources read. */
export class SubgraphResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: Headers;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    raw: IncomingHttpHeaders | Headers,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    if (raw instanceof Headers) {
      this.headers = raw;
    } else {
      this.headers = new Headers();
      for (const [key, value] of Object.entries(raw)) {
        if (value !== undefined) this.headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
    }
  }
  async text(): Promise<string> {
    return this.body;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body, "utf8");
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/** A minute: a bulk registration of thousands of rows stays well inside it; a hung subgraph holds a request no longer. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 60_000;

/** The subgraph did not answer within the deadline (the request was cut). */
export class SubgraphTimeoutError extends Error {
  readonly code = "ETIMEDOUT";
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** Errors of a kept-alive connection the subgraph had already closed when the request went out on it. */
const STALE_CONNECTION = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);

/**
 * A fetcher that signs what it sends and keeps its connections to the subgraphs open between requests.
 * `timeoutMs`: a request not answered in full within it is cut and rejected (SubgraphTimeoutError); none by default.
 *
 * A request sent on a kept-alive connection that fails with a reset before any answer arrived is sent once more
 * on a new connection (Node's documented remedy for the keep-alive race, `request.reusedSocket`): the subgraph
 * closed that idle connection as the request went out, so it never read it. The 4 s idle limit below should
 * prevent the race, but a busy event loop delays that timer (seen with an 11 MiB receipt on a platform in one
 * process). A subgraph that dies mid-request is not reached by the second try either (connection refused).
 */
export function signingFetcher(secret: string, opts: { maxSockets?: number; timeoutMs?: number } = {}) {
  // An idle connection is dropped after 4 s, before the subgraph's own keep-alive timeout (Node's 5 s) closes it
  // under a request about to be sent; a request in flight is not affected by it.
  const options = { keepAlive: true, maxSockets: opts.maxSockets ?? 256, timeout: 4000 };
  const agents = { http: new HttpAgent(options), https: new HttpsAgent(options) };
  const attempt = (url: string, init: SubgraphRequestInit, text: string, pooled: boolean): Promise<SubgraphResponse> =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith("https:");
      const send = secure ? httpsRequest : httpRequest;
      let timer: NodeJS.Timeout | undefined;
      let answered = false;
      const fail = (err: Error) => {
        clearTimeout(timer);
        const code = (err as { code?: unknown }).code;
        if (pooled && req.reusedSocket && !answered && typeof code === "string" && STALE_CONNECTION.has(code)) {
          return void attempt(url, init, text, false).then(resolve, reject);
        }
        reject(err);
      };
      const req = send(
        url,
        {
          method: init.method ?? "POST",
          agent: pooled ? (secure ? agents.https : agents.http) : false,
          headers: {
            ...init.headers,
            [SIGNATURE_HEADER]: signRequest(secret, text),
            "content-length": String(Buffer.byteLength(text)),
          },
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.once("error", fail);
          res.once("end", () => {
            clearTimeout(timer);
            resolve(
              new SubgraphResponse(
                url,
                res.statusCode ?? 0,
                res.statusMessage ?? "",
                res.headers,
                Buffer.concat(chunks).toString("utf8"),
              ),
            );
          });
        },
      );
      req.once("error", fail);
      if (opts.timeoutMs)
        timer = setTimeout(() => req.destroy(new SubgraphTimeoutError(opts.timeoutMs!)), opts.timeoutMs);
      req.end(text);
    });
  const fetcher = (url: string, init: SubgraphRequestInit = {}): Promise<SubgraphResponse> => {
    const body = init.body ?? "";
    return attempt(url, init, typeof body === "string" ? body : body.toString("utf8"), true);
  };
  return Object.assign(fetcher, {
    /** Closes the kept-alive connections (at the gateway's stop). */
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
