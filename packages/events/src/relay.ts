/**
 * The outbox relay: publishes a subgraph's committed outbox rows in order, in
 * batches (one publish call per batch), and marks them sent. Only one relay per
 * subgraph works at a time (a transaction-level advisory lock), so an
 * aggregate's events keep their order; failures back off and retry.
 */
import { asc, inArray, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "@meander/db";
import { contextFrom, detached, metrics, SpanKind, startSpan, traceHeaders, type Span } from "@meander/observability";
import type { EventBus } from "./bus.js";
import type { EventEnvelope } from "./envelope.js";
import type { EventTables } from "./outbox.js";

export interface RelayOptions {
  name: string;
  db: Db;
  tables: EventTables;
  bus: EventBus;
  batchSize?: number;
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  onError?: (err: unknown) => void;
}

export interface OutboxRelay {
  /** Publishes one batch; returns how many events were sent (0 if none or another relay holds the lock). */
  runOnce(): Promise<number>;
  /** Asks the running loop to look now (called after a commit that wrote events). */
  poke(): void;
  start(): void;
  stop(): Promise<void>;
}

/** A stable 32-bit key for pg_try_advisory_xact_lock, per subgraph. */
export function advisoryKey(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of `meander.outbox.${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

export function createOutboxRelay(opts: RelayOptions): OutboxRelay {
  const { db, tables, bus } = opts;
  const batchSize = opts.batchSize ?? 100;
  const pollMs = opts.pollIntervalMs ?? 250;
  const maxBackoff = opts.maxBackoffMs ?? 10_000;
  const key = advisoryKey(opts.name);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  let current: Promise<unknown> = Promise.resolve();
  let failures = 0;

  async function runOnce(): Promise<number> {
    // An idle poll (most of them) is one indexed statement (outbox_unsent_idx), not a transaction of four.
    const [pending] = await db
      .select({ position: tables.outbox.position })
      .from(tables.outbox)
      .where(isNull(tables.outbox.sentAt))
      .limit(1);
    if (!pending) return 0;
    const sent = await db.transaction(async (tx) => {
      const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${key}) as locked`);
      if (!lock?.locked) return 0;
      const rows = await tx
        .select()
        .from(tables.outbox)
        .where(isNull(tables.outbox.sentAt))
        .orderBy(asc(tables.outbox.position))
        .limit(batchSize);
      if (rows.length === 0) return 0;
      const events: EventEnvelope[] = rows.map((r) => ({
        id: r.id,
        type: r.type,
        version: r.version,
        occurredAt: new Date(r.occurredAt).toISOString(),
        organizationId: r.organizationId,
        actorId: r.actorId,
        aggregateId: r.aggregateId,
        payload: r.payload,
        ...(r.headers ? { headers: r.headers } : {}),
      }));
      // Tracing on: a span per event in the trace of the request that wrote it; the event leaves with that span's context.
      const spans = events.map((event) => relaySpan(event)).filter((s): s is Span => s !== undefined);
      try {
        await bus.publish(events);
      } finally {
        for (const span of spans) span.end();
      }
      await tx
        .update(tables.outbox)
        .set({ sentAt: sql`now()`, attempts: sql`${tables.outbox.attempts} + 1` })
        .where(
          inArray(
            tables.outbox.position,
            rows.map((r) => r.position),
          ),
        );
      return rows.length;
    });
    if (sent > 0) metrics.relayed.inc({ service: opts.name }, sent);
    return sent;
  }

  function relaySpan(event: EventEnvelope): Span | undefined {
    if (!event.headers) return undefined;
    const span = startSpan(`outbox.relay ${event.type}`, {
      kind: SpanKind.PRODUCER,
      parent: contextFrom(event.headers),
      attributes: {
        "meander.service": opts.name,
        "meander.event_type": event.type,
        ...(event.organizationId ? { "meander.organization_id": event.organizationId } : {}),
      },
    });
    if (span) event.headers = traceHeaders(span);
    return span;
  }

  function schedule(ms: number) {
    if (stopped) return;
    clearTimeout(timer);
    // A poke comes from a request's commit: the relay's work is no part of that request's trace (each event joins its own).
    timer = detached(() => setTimeout(() => void loop(), ms));
  }

  async function loop() {
    if (running || stopped) return;
    running = true;
    let next = pollMs;
    const work = (async () => {
      try {
        const sent = await runOnce();
        failures = 0;
        if (sent === batchSize) next = 0;
      } catch (err) {
        failures += 1;
        next = Math.min(maxBackoff, pollMs * 2 ** failures);
        opts.onError?.(err);
      }
    })();
    current = work;
    await work;
    running = false;
    schedule(next);
  }

  return {
    runOnce,
    poke() {
      if (!running) schedule(0);
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current.catch(() => {});
    },
  };
}
