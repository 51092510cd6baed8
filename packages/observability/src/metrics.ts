/**
 * The process's Prometheus metrics (prom-client): one registry per process, every series labelled with the service
 * that recorded it, so the embedded start (seven services in one process) serves them all on one endpoint and the
 * services mode serves each service's own. No organization or user id is ever a label (bounded label values only:
 * service, operation name, error code, consumer group, event type, channel, outcome, HTTP status).
 */
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export const registry = new Registry();

/** Seconds: from a cheap read (a few ms) to a bulk import or a report export (tens of seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const QUERY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

export const metrics = {
  requests: new Counter({
    name: "meander_graphql_requests_total",
    help: "GraphQL operations answered, per service and operation name",
    labelNames: ["service", "operation"] as const,
    registers: [registry],
  }),
  duration: new Histogram({
    name: "meander_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL operation to sending its answer, per service and operation name",
    labelNames: ["service", "operation"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  errors: new Counter({
    name: "meander_graphql_errors_total",
    help: "GraphQL operations answered with an error, per service, operation name and error code (each code once per answer)",
    labelNames: ["service", "operation", "code"] as const,
    registers: [registry],
  }),
  rateLimited: new Counter({
    name: "meander_rate_limit_refusals_total",
    help: "Operations refused with RATE_LIMITED, per service and operation name",
    labelNames: ["service", "operation"] as const,
    registers: [registry],
  }),
  httpResponses: new Counter({
    name: "meander_http_responses_total",
    help: "HTTP answers per service and status code (including refusals before GraphQL: 401 unsigned, 413 too large)",
    labelNames: ["service", "status"] as const,
    registers: [registry],
  }),
  queryDuration: new Histogram({
    name: "meander_db_query_duration_seconds",
    help: "Time of each SQL statement on the service's PostgreSQL pool (includes waiting behind earlier statements of its connection)",
    labelNames: ["service"] as const,
    buckets: QUERY_BUCKETS,
    registers: [registry],
  }),
  relayed: new Counter({
    name: "meander_outbox_relayed_total",
    help: "Events the outbox relay published to the bus, per service",
    labelNames: ["service"] as const,
    registers: [registry],
  }),
  handled: new Counter({
    name: "meander_events_handled_total",
    help: "Events a consumer took, per consumer group, event type and outcome: applied, duplicate (seen before), retry (a failure that passes, delivered again), dead_lettered",
    labelNames: ["service", "consumer", "type", "outcome"] as const,
    registers: [registry],
  }),
  handlerFailures: new Counter({
    name: "meander_events_failed_total",
    help: "Failed attempts of an event handler (each attempt counts; the last one retries or dead-letters), per consumer group and event type",
    labelNames: ["service", "consumer", "type"] as const,
    registers: [registry],
  }),
  deliveries: new Counter({
    name: "meander_notification_deliveries_total",
    help: "External notification deliveries attempted, per channel (email, push, sms) and outcome (sent, retried, failed, delayed)",
    labelNames: ["service", "channel", "outcome"] as const,
    registers: [registry],
  }),
};

/** What a scrape reads of one service's events (the same function as `/events/status`: see @meander/events status.ts). */
export interface EventsStatusLike {
  outbox: { unsent: number; oldestAgeSeconds: number | null } | "unknown";
  consumers: Array<{
    group: string;
    lag: number | "unknown";
    topics?: Array<{ topic: string; lag: number }>;
    deadLettered: number | "unknown";
  }>;
}

/** The structural part of a pg.Pool read here (no dependency on pg). */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
  on(event: "connect", listener: (client: { query: (...args: any[]) => any }) => void): unknown;
}

const eventSources = new Map<string, () => Promise<EventsStatusLike>>();
const pools = new Map<string, PoolLike>();

/**
 * Reads every registered service's events status once per scrape, one service after the other: in the embedded start
 * the services share one bus, whose broker probe answers one caller at a time (a second caller's groups read
 * "unknown" meanwhile, see @meander/events kafka-dead-letters.ts).
 */
let pendingStatus: Promise<Array<[string, EventsStatusLike]>> | undefined;
function statuses(): Promise<Array<[string, EventsStatusLike]>> {
  // The event gauges are collected together in one scrape: they share one reading.
  pendingStatus ??= (async () => {
    const out: Array<[string, EventsStatusLike]> = [];
    for (const [service, read] of [...eventSources]) out.push([service, await read()]);
    return out;
  })().finally(() => {
    setImmediate(() => (pendingStatus = undefined));
  });
  return pendingStatus;
}

new Gauge({
  name: "meander_outbox_unsent",
  help: "Events written to the service's outbox and not yet published (the backlog)",
  labelNames: ["service"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, s] of await statuses()) if (s.outbox !== "unknown") this.set({ service }, s.outbox.unsent);
  },
});
new Gauge({
  name: "meander_outbox_oldest_age_seconds",
  help: "Age of the oldest unpublished outbox event (0 when the outbox is drained)",
  labelNames: ["service"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, s] of await statuses())
      if (s.outbox !== "unknown") this.set({ service }, s.outbox.oldestAgeSeconds ?? 0);
  },
});
new Gauge({
  name: "meander_consumer_lag",
  help: "Events a consumer group still has to handle on a topic it reads, summed over the topic's partitions (sum by group for the group's lag)",
  labelNames: ["service", "group", "topic"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, s] of await statuses())
      for (const c of s.consumers)
        if (c.lag !== "unknown")
          for (const t of c.topics ?? []) this.set({ service, group: c.group, topic: t.topic }, t.lag);
  },
});
new Gauge({
  name: "meander_dead_letters",
  help: "Events a consumer group dead-lettered and that were not redriven since",
  labelNames: ["service", "group"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, s] of await statuses())
      for (const c of s.consumers)
        if (c.deadLettered !== "unknown") this.set({ service, group: c.group }, c.deadLettered);
  },
});
new Gauge({
  name: "meander_events_status_unknown",
  help: "1 when the service's outbox or its broker did not answer the status read in time (backlog, lag or dead letters unknown)",
  labelNames: ["service"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, s] of await statuses()) {
      const unknown =
        s.outbox === "unknown" || s.consumers.some((c) => c.lag === "unknown" || c.deadLettered === "unknown");
      this.set({ service }, unknown ? 1 : 0);
    }
  },
});
new Gauge({
  name: "meander_db_pool_connections",
  help: "Connections of the service's PostgreSQL pool: total open, idle, requests waiting for one, and the pool's maximum",
  labelNames: ["service", "state"] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [service, pool] of pools) {
      this.set({ service, state: "total" }, pool.totalCount);
      this.set({ service, state: "idle" }, pool.idleCount);
      this.set({ service, state: "waiting" }, pool.waitingCount);
      if (pool.options?.max) this.set({ service, state: "max" }, pool.options.max);
    }
  },
});

const readiness = new Map<string, () => Promise<boolean>>();
new Gauge({
  name: "meander_ready",
  help: "1 when the service's /readyz answers ready (200, also degraded), 0 when it answers 503 (a subgraph's database unreachable, the gateway's supergraph not composed)",
  labelNames: ["service"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const [service, read] of readiness) this.set({ service }, (await read().catch(() => false)) ? 1 : 0);
  },
});

/** Registers the function behind a service's `/readyz` (read at each scrape); returns the unregistration. */
export function observeReadiness(service: string, read: () => Promise<boolean>): () => void {
  readiness.set(service, read);
  return () => {
    if (readiness.get(service) === read) readiness.delete(service);
  };
}

/** Registers a service's events status for the gauges; returns the unregistration (at the service's stop). */
export function observeEvents(service: string, read: () => Promise<EventsStatusLike>): () => void {
  eventSources.set(service, read);
  return () => {
    if (eventSources.get(service) === read) eventSources.delete(service);
  };
}

/**
 * Registers a pg pool: its connection counts on each scrape, and the time of every statement its clients run
 * (promise-style queries only; callback and streaming forms pass untouched). Returns the unregistration.
 */
export function observePool(service: string, pool: PoolLike): () => void {
  pools.set(service, pool);
  const histogram = metrics.queryDuration.labels({ service });
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (...args: any[]) => {
      const streaming = typeof args[args.length - 1] === "function" || typeof args[0]?.submit === "function";
      if (streaming) return query(...args);
      const end = histogram.startTimer();
      const result = query(...args);
      if (result && typeof result.then === "function")
        (result as Promise<unknown>).then(
          () => end(),
          () => end(),
        );
      return result;
    };
  });
  return () => {
    if (pools.get(service) === pool) pools.delete(service);
  };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;
const MAX_OPERATIONS = 300;
const seen = new Set<string>();

/**
 * The operation name as a label: clients choose names, so only well-formed ones count and at most MAX_OPERATIONS
 * distinct ones per process (the registered operations are about a hundred); the rest are "other". The gateway's
 * query plan names a subgraph's operation `<client's name>__<subgraph>__<n>`: the client's name is kept.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  const base = name.replace(/__[a-z_]+__\d+$/, "");
  if (!NAME.test(base)) return "other";
  if (seen.has(base)) return base;
  if (seen.size >= MAX_OPERATIONS) return "other";
  seen.add(base);
  return base;
}

export const METRICS_CONTENT_TYPE = registry.contentType;

/** The text a scrape gets. */
export function renderMetrics(): Promise<string> {
  return registry.metrics();
}
