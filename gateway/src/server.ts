/**
 * The gateway: one GraphQL endpoint over the six subgraphs. It loads the
 * committed supergraph, verifies the caller's access token, forwards the
 * Authorization header, and signs every request it sends to a subgraph.
 * Tokens of revoked sessions are refused at once: the gateway follows
 * `identity.session.revoked` on the bus it is given and keeps the session ids
 * in its revocation store (memory, or Redis shared by every instance).
 * Apollo Sandbox is served on its endpoint (GET in a browser) outside production, and an explorer that
 * works offline, GraphiQL served from its npm package, on GET /graphiql (src/explorer.ts).
 */
import { readFileSync } from "node:fs";
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { systemClock, type RequestContext, type Role, type TokenVerifier, type Viewer } from "@meander/auth";
import type { EventBus } from "@meander/events";
import { observeReadiness, SpanKind, traceHeaders, withSpan } from "@meander/observability";
import { errorFromStatus, serviceUnavailable } from "./subgraph-errors.js";
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, signingFetcher, type SubgraphRequestInit } from "./subgraph-fetch.js";
import { valueCompletionPlugin } from "./value-completion.js";
import { UPLOAD_PATH, uploadMutations } from "./uploads.js";
import {
  createHttpHandler,
  currentRequestId,
  listen,
  maskErrors,
  observabilityPlugin,
  type Listening,
  type Logger,
} from "@meander/subgraph-kit";
import { authenticate } from "./authenticate.js";
import { explorerRoutes } from "./explorer.js";
import { CLIENT_IP_HEADER, clientIp } from "./client-ip.js";
import { errorStatusPlugin } from "./http-status.js";
import { DEFAULT_LIMITS, gatewayLimits, type GatewayLimits, type LimitsContext } from "./limits.js";
import { manifestCache, PERSISTED_CODES, PersistedOperations, safelistPlugin } from "./persisted.js";
import { createMemoryRevocationStore, startRevocationConsumer, type RevocationStore } from "./revocations.js";
import type { SubgraphName } from "./subgraphs.js";

export const SUPERGRAPH_FILE = new URL("../supergraph.graphql", import.meta.url);

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  signingSecret: string;
  verifier: TokenVerifier;
  log: Logger;
  production?: boolean;
  supergraphSdl?: string;
  /** The event bus: when given, the gateway follows `identity.session.revoked` on it (from start to stop). */
  bus?: EventBus;
  /** Where revoked session ids are kept; a fresh in-memory store by default. The caller closes the store it passes. */
  revocations?: RevocationStore;
  /** Consumer group of the revocation consumer (`gateway.revocations` by default). */
  revocationGroup?: string;
  /** How many proxies in front of the gateway append to X-Forwarded-For (0: clients connect directly). */
  trustedProxies?: number;
  /** Request limits; DEFAULT_LIMITS for what is not given (services mode: from config.ts). */
  limits?: Partial<GatewayLimits>;
  /** Who may introspect in production: these roles, or a request with one of these keys in `x-introspection-key`. */
  introspection?: { roles?: readonly Role[]; keys?: readonly string[] };
  /**
   * Persisted operations (src/persisted.ts): the registered manifest (default: the committed
   * gateway/persisted-operations.json) and whether only registered operations are accepted (safelist).
   */
  persisted?: { operations?: PersistedOperations; safelist?: boolean };
  /**
   * How long a subgraph request may take before it is cut and answered SERVICE_UNAVAILABLE (default
   * DEFAULT_SUBGRAPH_TIMEOUT_MS; services mode: SUBGRAPH_TIMEOUT_MS).
   */
  subgraphTimeoutMs?: number;
}

interface GatewayContext extends RequestContext, LimitsContext {
  authorization?: string;
  /** The client's Accept-Language, forwarded to subgraphs (the language of refusals). */
  acceptLanguage?: string;
}

export const INTROSPECTION_KEY_HEADER = "x-introspection-key";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Development: everyone; production: the configured roles, or a configured integrator key (compared in constant time). */
function introspectionPolicy(production: boolean, opts: GatewayOptions["introspection"]) {
  const roles = new Set<Role>(opts?.roles ?? ["global_admin"]);
  const keys = (opts?.keys ?? []).map(digest);
  return (viewer: Viewer | null, req: IncomingMessage): boolean => {
    if (!production) return true;
    if (viewer && roles.has(viewer.role)) return true;
    const header = req.headers[INTROSPECTION_KEY_HEADER];
    const given = Array.isArray(header) ? header[0] : header;
    if (!given) return false;
    const d = digest(given);
    return keys.some((k) => timingSafeEqual(k, d));
  };
}

export function createGateway(opts: GatewayOptions) {
  const revocations = opts.revocations ?? createMemoryRevocationStore();
  const production = opts.production ?? false;
  const limitValues: GatewayLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const supergraphSdl = opts.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, "utf8");
  const limits = gatewayLimits<GatewayContext>(limitValues, production);
  const mayIntrospect = introspectionPolicy(production, opts.introspection);
  const persisted = opts.persisted?.operations ?? PersistedOperations.fromFile();
  const safelist = opts.persisted?.safelist ?? false;
  // Subgraphs chose their refusals' messages in the caller's language; the gateway passes them on as they are.
  const masked = limits.formatError(maskErrors(opts.log, { localize: false }));
  // Signs the exact body it sends (the subgraphs check it); kept-alive node:http connections (subgraph-fetch.ts).
  const fetcher = signingFetcher(opts.signingSecret, {
    timeoutMs: opts.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
  });
  // A request that gets no answer (refused, connection dropped by a crash, timed out) is an outage of that subgraph.
  // Tracing on: a span per subgraph request, whose context travels in its `traceparent` header.
  const reaching = (service: string) => (url: string, init?: SubgraphRequestInit) =>
    withSpan(
      `gateway fetch ${service}`,
      { kind: SpanKind.CLIENT, attributes: { "meander.service": "gateway", "meander.subgraph": service } },
      async (span) => {
        const trace = traceHeaders();
        const answer = await fetcher(url, trace ? { ...init, headers: { ...init?.headers, ...trace } } : init).catch(
          (err: unknown) => {
            const e = err as { code?: unknown; message?: unknown };
            opts.log.warn({ service, code: e.code, reason: e.message }, "subgraph unavailable");
            throw serviceUnavailable(service);
          },
        );
        span?.setAttribute("http.response.status_code", answer.status);
        return answer;
      },
    );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: opts.subgraphUrls[name as SubgraphName],
        fetcher: reaching(name) as any,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
          if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
          // The client's address, for per-IP limits in subgraphs (only gateway-signed requests reach them).
          if (context.clientIp) request.http?.headers.set(CLIENT_IP_HEADER, context.clientIp);
          // The client's languages: subgraphs word their refusals in the first they speak (bokmål by default).
          if (context.acceptLanguage) request.http?.headers.set("accept-language", context.acceptLanguage);
        },
        async errorFromResponse(response) {
          return (
            (await errorFromStatus(name, response.clone())) ??
            RemoteGraphQLDataSource.prototype.errorFromResponse.call(this, response)
          );
        },
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Persisted-operation refusals keep their code (Apollo's and ours); the rest: limits, then masking.
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (formatted.path === undefined && typeof code === "string" && PERSISTED_CODES.has(code)) {
        return { message: formatted.message, extensions: { code } };
      }
      // APQ's check that a hash sent with a text is the text's sha256 carries no code of its own.
      if (formatted.message === "provided sha does not match query")
        return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
      // A subgraph that answers SERVICE_UNAVAILABLE itself (e.g. its database is unreachable) is named like an outage.
      const ext = formatted.extensions;
      if (code === "SERVICE_UNAVAILABLE" && ext?.service === undefined && typeof ext?.serviceName === "string") {
        return masked({ ...formatted, extensions: { ...ext, service: ext.serviceName } }, error);
      }
      return masked(formatted, error);
    },
    // Operations by id come only from the registered manifest (read-only: nothing registers at runtime).
    persistedQueries: { cache: manifestCache(persisted) },
    includeStacktraceInErrorResponses: false,
    // Introspection is decided per caller (src/limits.ts: development, integrator roles and keys).
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Shutdown is ours (graceful, in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    logger: opts.log,
    plugins: [
      // No cache hints are used (answers are per caller): Apollo's default cache-control plugin only costs time.
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin<GatewayContext>("gateway"),
      ...(safelist ? [safelistPlugin<GatewayContext>(persisted, production)] : []),
      ...limits.plugins,
      errorStatusPlugin<GatewayContext>(),
      // A nullability failure the gateway found while shaping the answer is an error, never a silent `data: null`.
      valueCompletionPlugin<GatewayContext>(opts.log),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  // Ready (`/readyz` and the `meander_ready` gauge) once Apollo has composed the supergraph and until the gateway stops.
  let serving = false;
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    service: "gateway",
    ready: async () => (serving ? true : { ready: false, reason: "supergraph not composed" }),
    maxBodyBytes: limitValues.maxBodyBytes,
    uploads: {
      path: UPLOAD_PATH,
      maxBodyBytes: limitValues.maxUploadBodyBytes,
      fields: uploadMutations(supergraphSdl),
    },
    routes: production ? undefined : explorerRoutes(),
    context: async (req: IncomingMessage) => {
      const viewer = await authenticate(req, { verifier: opts.verifier, revocations, log: opts.log });
      return {
        viewer,
        requestId: currentRequestId() ?? randomUUID(),
        authorization: req.headers.authorization,
        acceptLanguage: req.headers["accept-language"],
        clientIp: clientIp(req, opts.trustedProxies ?? 0),
        mayIntrospect: mayIntrospect(viewer, req),
        now: systemClock,
      };
    },
  });
  let listening: Listening | undefined;
  let consumer: { stop(): Promise<void> } | undefined;
  let unobserve = () => {};
  return {
    revocations,
    persisted,
    async start(port: number, host?: string): Promise<Listening> {
      await apollo.start();
      serving = true;
      unobserve = observeReadiness("gateway", async () => serving);
      if (opts.bus) {
        consumer = await startRevocationConsumer({
          bus: opts.bus,
          store: revocations,
          group: opts.revocationGroup,
          log: opts.log,
        });
      }
      listening = await listen(handler, port, host);
      opts.log.info({ url: listening.url }, "gateway listening");
      return listening;
    },
    async stop() {
      serving = false;
      unobserve();
      await listening?.close();
      await consumer?.stop();
      consumer = undefined;
      await apollo.stop();
      fetcher.close();
      if (!opts.revocations) await revocations.close();
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;
