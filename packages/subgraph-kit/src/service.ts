/**
 * createService: turns (SDL, resolvers, permissions, context) into a running
 * subgraph: federation schema, graphql-shield deny-by-default, error masking,
 * the signed-request HTTP layer, background workers (outbox relay, consumers)
 * and graceful shutdown.
 */
import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import {
  CLIENT_IP_HEADER,
  subgraphClientIp,
  systemClock,
  type Clock,
  type RequestContext,
  type TokenVerifier,
  type Viewer,
} from "@meander/auth";
import { GraphQLError, parse, type GraphQLSchema } from "graphql";
import { preferLanguage } from "./refusals.js";
import { applyMiddleware } from "graphql-middleware";
import { allow, deny, shield, type IRules } from "graphql-shield";
import { dataExceptionOf, graphQLErrorOf, maskErrors, valueFormatError } from "./errors.js";
import { isPublicError, isRuleViolationError, forbiddenBy, unauthenticated } from "@meander/validation";
import { readSubgraphSdl } from "./sdl.js";
import { deferScalarLiteralErrors, scalarLiteralRule } from "./scalars.js";
import { createHttpHandler, listen, type HttpOptions, type Listening, type Readiness } from "./http.js";
import { guardFeatureFields } from "./features.js";
import type { Logger } from "./logger.js";
import { currentRequestId } from "./refusals.js";
import { observabilityPlugin } from "./observe.js";

export interface Worker {
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

export interface ServiceOptions<C extends RequestContext> {
  name: string;
  /** Absolute URL of the subgraph's schema.graphql (new URL("./schema.graphql", import.meta.url)). */
  schemaFile: URL;
  resolvers: unknown;
  permissions: IRules;
  /** `scoped`: what `around` handed over (the request's transaction), undefined otherwise. */
  context: (base: RequestContext, scoped?: unknown) => C | Promise<C>;
  /** Wraps each GraphQL execution (see HttpOptions.around): the request-scoped transaction of row-level security. */
  around?: HttpOptions<C>["around"];
  verifier: TokenVerifier;
  signingSecret: string;
  log: Logger;
  ready?: () => Promise<boolean | Readiness>;
  workers?: Worker[];
  introspection?: boolean;
  plugins?: ApolloServerPlugin<C>[];
  /** Largest request body (default 1 MB); a subgraph taking file uploads raises it (only the gateway reaches it). */
  maxBodyBytes?: number;
  /** Operational routes answered before GraphQL (no signature: subgraphs are not exposed publicly). */
  routes?: HttpOptions<C>["routes"];
  /** The context carries the organization's feature flags (features.ts); required when the SDL marks `@feature`. */
  features?: boolean;
  /** The context's clock (`ctx.now`); default the system's. */
  now?: Clock;
}

export interface Service {
  name: string;
  schema: GraphQLSchema;
  /** Starts the workers and listens on `port` (0 = any free port) on 127.0.0.1. */
  start(port: number, host?: string): Promise<Listening>;
  stop(): Promise<void>;
}

/** Each request's viewer, verified once however many times it is asked for (the RLS transaction, then the context). */
const viewers = new WeakMap<IncomingMessage, { verifier: TokenVerifier; viewer: Promise<Viewer | null> }>();

export function viewerFrom(req: IncomingMessage, verifier: TokenVerifier): Promise<Viewer | null> {
  const known = viewers.get(req);
  if (known?.verifier === verifier) return known.viewer;
  const viewer = verifiedViewer(req, verifier);
  viewers.set(req, { verifier, viewer });
  return viewer;
}

async function verifiedViewer(req: IncomingMessage, verifier: TokenVerifier): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  try {
    if (!match?.[1]) throw new Error("malformed");
    return await verifier(match[1]);
  } catch {
    throw new GraphQLError("Invalid or expired access token", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
}

export function buildSchema(schemaFile: URL, resolvers: unknown, permissions: IRules, features = false): GraphQLSchema {
  const typeDefs = parse(readSubgraphSdl(schemaFile));
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  // Fields of a capability an organization may switch off check its flag before anything else runs.
  if (guardFeatureFields(schema) > 0 && !features)
    throw new Error(`${schemaFile.pathname} marks @feature fields, but the subgraph keeps no feature flag projection`);
  // Federation's own fields are reachable only through gateway-signed requests
  // (the HTTP layer refuses the rest); the entity types they return keep their own rules.
  const rules = permissions as Record<string, Record<string, unknown>>;
  const withFederation = {
    ...rules,
    Query: { ...(rules.Query ?? {}), _service: allow, _entities: allow },
    _Service: allow,
  } as IRules;
  const protectedSchema = applyMiddleware(
    schema,
    shield(withFederation, {
      fallbackRule: deny,
      allowExternalErrors: false,
      debug: false,
      // A denied rule throws nothing: FORBIDDEN. An error thrown by a resolver keeps its identity: the
      // public ones as they are, a data exception as bad input, anything else is masked as internal (and logged).
      fallbackError: (thrown) =>
        thrown instanceof GraphQLError
          ? thrown
          : isRuleViolationError(thrown) || isPublicError(thrown)
            ? graphQLErrorOf(thrown)
            : thrown instanceof Error
              ? dataExceptionOf(thrown)
                ? valueFormatError(thrown)
                : thrown
              : graphQLErrorOf(forbiddenBy("permission_denied", "You may not do this")),
    }),
  );
  // A custom scalar's bad literal is refused by scalarLiteralRule as bad input naming its field (see scalars.ts).
  return deferScalarLiteralErrors(protectedSchema);
}

export async function createService<C extends RequestContext>(opts: ServiceOptions<C>): Promise<Service> {
  const schema = buildSchema(opts.schemaFile, opts.resolvers, opts.permissions, opts.features);
  const apollo = new ApolloServer<C>({
    schema,
    formatError: maskErrors(opts.log),
    validationRules: [scalarLiteralRule],
    includeStacktraceInErrorResponses: false,
    introspection: opts.introspection ?? true,
    // Shutdown is ours (graceful, in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    logger: opts.log,
    // No cache hints are used anywhere (every answer is private to its caller); Apollo's default cache-control
    // plugin would still wrap every field resolver to compute them, a visible share of a subgraph's CPU profile.
    plugins: [ApolloServerPluginCacheControlDisabled(), observabilityPlugin<C>(opts.name), ...(opts.plugins ?? [])],
  });
  const handler = createHttpHandler<C>({
    apollo,
    service: opts.name,
    requestIdFromHeader: true,
    signingSecret: opts.signingSecret,
    ready: opts.ready,
    routes: opts.routes,
    maxBodyBytes: opts.maxBodyBytes,
    around: opts.around,
    context: async (req, scoped) => {
      const viewer = await viewerFrom(req, opts.verifier);
      // The user's language setting (the token's lang claim) words refusals before the Accept-Language (refusals.ts).
      preferLanguage(viewer?.language);
      const requestId = currentRequestId() ?? randomUUID();
      return opts.context(
        {
          viewer,
          requestId,
          clientIp: subgraphClientIp(req.headers[CLIENT_IP_HEADER], req.socket.remoteAddress),
          now: opts.now ?? systemClock,
        },
        scoped,
      );
    },
  });
  let listening: Listening | undefined;
  const workers = opts.workers ?? [];
  return {
    name: opts.name,
    schema,
    async start(port, host) {
      await apollo.start();
      for (const w of workers) await w.start();
      listening = await listen(handler, port, host);
      opts.log.info({ url: listening.url }, `${opts.name} subgraph listening`);
      return listening;
    },
    async stop() {
      await listening?.close();
      // Independent of each other (relay, consumers, jobs): stopped together. A Kafka consumer's stop waits for its
      // fetch in flight; one after the other, a service with five consumers took seconds to stop.
      await Promise.all(workers.map((w) => w.stop()));
      await apollo.stop();
    },
  };
}

export { unauthenticated };

/** What every subgraph's createSubgraph() receives: the same in both modes, only the drivers differ. */
export interface SubgraphDeps {
  db: import("@meander/db").Db;
  bus: import("@meander/events").EventBus;
  verifier: TokenVerifier;
  signingSecret: string;
  log: Logger;
  ready?: () => Promise<boolean>;
  /** Outbox relay poll interval; tests and the embedded mode may shorten it. */
  relayPollMs?: number;
  /**
   * The service's own periodic jobs (`spec.workers`: engagement's reminders, reporting's report schedules,
   * activity's partition maintenance); default on. Tests that compare every table's rows before and after a request
   * turn them off, so that a job's tick is not taken for the request's doing.
   */
  scheduledJobs?: boolean;
  /** The services' clock (default the system's): tests pass one they control, for rules that read today's date. */
  now?: Clock;
  /** Identity only: the keys it signs access tokens with, the first one active (the rest published for rotation). */
  signingKeys?: import("@meander/auth").SigningKey[];
  /**
   * The master key for data at rest (@meander/crypto), when the launcher holds one (the embedded mode keeps its own
   * beside its data); a subgraph's own config (MEANDER_MASTER_KEY) wins over it.
   */
  masterKey?: string;
}
