/**
 * The event plumbing every subgraph needs, wired the same way everywhere: an
 * outbox relay, a unit of work that pokes it after each commit, and one
 * idempotent consumer per purpose.
 */
import {
  createOutboxRelay,
  degradedReasons,
  eventsStatus,
  createUnitOfWork,
  startConsumer,
  type ConsumerHandlers,
  type EventTables,
} from "@meander/events";
import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { IRules } from "graphql-shield";
import { auditCrossTenantReads } from "./audit.js";
import { featureFlagHandlers, readFeatureFlags, type FeatureFlagsTable } from "@meander/events";
import { attachFeatureFlags } from "./features.js";
import {
  bindRequestScope,
  requestScopeOf,
  requestTransactions,
  type RequestScoped,
  type RowLevelSecurityOptions,
} from "./request-scope.js";
import type { HttpOptions } from "./http.js";
import { observeEvents, observeReadiness } from "@meander/observability";
import { createService, type Service, type SubgraphDeps, type Worker } from "./service.js";

export function eventPlumbing(
  subgraph: string,
  deps: SubgraphDeps,
  tables: EventTables,
  consumers: Record<string, ConsumerHandlers> = {},
) {
  const relay = createOutboxRelay({
    name: subgraph,
    db: deps.db,
    tables,
    bus: deps.bus,
    pollIntervalMs: deps.relayPollMs,
    onError: (err) => deps.log.error({ err }, "outbox relay failed; retrying"),
  });
  const uow = createUnitOfWork(deps.db, tables, () => relay.poke());
  const consumerWorkers: Worker[] = Object.entries(consumers).map(([purpose, handlers]) => {
    let subscription: { stop(): Promise<void> } | undefined;
    return {
      async start() {
        subscription = await startConsumer({
          name: `${subgraph}.${purpose}`,
          db: deps.db,
          tables,
          bus: deps.bus,
          handlers,
          afterCommit: () => relay.poke(),
          onError: (err) => deps.log.warn({ err, consumer: `${subgraph}.${purpose}` }, "event handler failed"),
        });
      },
      async stop() {
        await subscription?.stop();
      },
    };
  });
  const groups = Object.keys(consumers).map((purpose) => `${subgraph}.${purpose}`);
  /** What the person on call asks first: is the outbox draining, are the consumers behind, what was dead-lettered? */
  const status = (timeoutMs?: number) => eventsStatus({ db: deps.db, tables, bus: deps.bus, groups, timeoutMs });
  // The same reading feeds the metrics (backlog, lag, dead letters) while the service runs; a scrape may wait longer
  // than a readiness probe (Prometheus' own scrape timeout is 10 s by default).
  // Readiness for the metrics (meander_ready): the database check of /readyz (its 503), not its degraded reasons.
  let unobserve = () => {};
  const metricsSource: Worker = {
    start: () => {
      const events = observeEvents(subgraph, () => status(3_000));
      const ready = observeReadiness(subgraph, async () => (deps.ready ? deps.ready() : true));
      unobserve = () => (events(), ready());
    },
    stop: async () => unobserve(),
  };
  return { relay, uow, status, workers: [relay, ...consumerWorkers, metricsSource] as Worker[] };
}

/** The longest budget a caller of `/events/status` may ask for its reads. */
export const STATUS_MAX_TIMEOUT_MS = 10_000;

export interface SubgraphSpec<C extends RequestContext> {
  name: string;
  /** new URL("./schema.graphql", import.meta.url) */
  schemaFile: URL;
  resolvers: unknown;
  permissions: IRules;
  /** The subgraph's outbox and processed-events tables. */
  events: EventTables;
  /** Consumed events, one consumer (group `<name>.<purpose>`) per purpose. */
  consumers?: Record<string, ConsumerHandlers>;
  /** Background work of the subgraph's own (e.g. a mail sender), started and stopped with the service. */
  workers?: Worker[];
  /** Extra operational routes (e.g. identity's `/.well-known/jwks.json`), answered before GraphQL. */
  routes?: HttpOptions<C>["routes"];
  /** Largest request body, for a subgraph taking file uploads (default 1 MB). */
  maxBodyBytes?: number;
  /**
   * Row-level security per request (request-scope.ts): each request runs in one transaction as `meander_app` with
   * the caller's organization set, and `tools.db`/`tools.uow` are that transaction. Off when absent.
   */
  rowLevelSecurity?: boolean | RowLevelSecurityOptions;
  /** Builds the per-request context: scoped repositories and fresh DataLoaders. */
  context: (base: RequestContext, tools: { db: SubgraphDeps["db"]; uow: UnitOfWork }) => C;
  /** The subgraph's feature flag projection (features.ts), when its SDL marks capabilities with `@feature`. */
  features?: FeatureFlagsTable;
}

/** Every subgraph's createSubgraph(): its spec plus the deps of the mode it runs in. */
export async function createSubgraphService<C extends RequestContext>(
  spec: SubgraphSpec<C>,
  deps: SubgraphDeps,
): Promise<Service> {
  const consumers = spec.features
    ? { ...spec.consumers, features: featureFlagHandlers(spec.features) }
    : spec.consumers;
  const { uow, workers, status, relay } = eventPlumbing(spec.name, deps, spec.events, consumers);
  const rls = spec.rowLevelSecurity ? (spec.rowLevelSecurity === true ? {} : spec.rowLevelSecurity) : null;
  return createService<C>({
    plugins: [
      auditCrossTenantReads<C>(
        spec.name,
        (ctx) => {
          const request = requestScopeOf(ctx);
          if (request) return request;
          // Under row-level security every request with a viewer holds its transaction: one not found is a bug, and a
          // second transaction beside it would wait on the one it holds (PGlite) or on the pool (PostgreSQL).
          if (rls)
            throw new Error(
              `${spec.name}: the request's transaction is not on its context; refusing to open a second one`,
            );
          return { db: deps.db, wrote: () => relay.poke() };
        },
        spec.events,
      ),
    ],
    around: rls
      ? requestTransactions({
          db: deps.db,
          verifier: deps.verifier,
          tables: spec.events,
          poke: () => relay.poke(),
          options: rls,
        })
      : undefined,
    routes: {
      ...spec.routes,
      // `?timeoutMs=` grants the reads a longer budget than the default 600 ms (up to 10 s): a caller that must know
      // (a test settling on a loaded machine) rather than hear "unknown" quickly, as a readiness probe wants.
      "/events/status": async (req, res) => {
        const asked = Number(new URL(req.url ?? "/", "http://localhost").searchParams.get("timeoutMs"));
        const timeoutMs = Number.isFinite(asked) && asked > 0 ? Math.min(asked, STATUS_MAX_TIMEOUT_MS) : undefined;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(await status(timeoutMs)));
      },
    },
    name: spec.name,
    schemaFile: spec.schemaFile,
    resolvers: spec.resolvers,
    permissions: spec.permissions,
    verifier: deps.verifier,
    signingSecret: deps.signingSecret,
    log: deps.log,
    // 503 only without the database; a broker away or an outbox not draining is "degraded" (200, with the reasons).
    ready: async () => {
      if (deps.ready && !(await deps.ready())) return { ready: false, reason: "database unreachable" };
      return { ready: true, degraded: degradedReasons(await status()) };
    },
    workers: [...workers, ...(deps.scheduledJobs === false ? [] : (spec.workers ?? []))],
    maxBodyBytes: spec.maxBodyBytes,
    features: Boolean(spec.features),
    now: deps.now,
    context: (base, scoped) => {
      const request = scoped as RequestScoped | undefined;
      const ctx = spec.context(base, request ? { db: request.db, uow: request.uow } : { db: deps.db, uow });
      const table = spec.features;
      const organizationId = base.viewer?.organizationId;
      // Read in the request's own transaction (never beside it: one PGlite serves one transaction at a time).
      if (table)
        attachFeatureFlags(
          ctx,
          organizationId ? () => readFeatureFlags(request?.db ?? deps.db, table, organizationId) : null,
        );
      return request ? bindRequestScope(ctx, request) : ctx;
    },
  });
}
