/**
 * The idempotent consumer: validates each event (envelope and payload), then
 * records its id in processed_events in the same transaction as the handler's
 * side effect, so a redelivered event changes nothing. A failure is classified
 * (issue 19): one that passes (the database unreachable or restarting, a lock
 * timeout, a deadlock, a serialization failure: isTransientDbError) is handed
 * back to the transport as RetryLater, which delivers the event again after a
 * capped backoff for as long as it takes, holding back only that partition; it
 * is never dead-lettered. Only an invalid event, or one whose handler fails the
 * same way `attempts` times, goes to the dead-letter topic with the reason.
 */
import { sql } from "drizzle-orm";
import { isTransientDbError, queryRows, type Db, type Tx } from "@meander/db";
import { metrics, SpanKind, tracingEnabled, withSpan } from "@meander/observability";
import { RetryLater, type DeadLetter, type EventBus } from "./bus.js";
import { validatePayload, type EventType, type PayloadOf } from "./catalog/index.js";
import { envelopeSchema, topicOf, type EventEnvelope } from "./envelope.js";
import type { EventTables } from "./outbox.js";
import { emitterOf, type Emitter } from "./unit-of-work.js";

/**
 * A handler gets the event, the transaction of its side effect and an emitter
 * whose events are written to this subgraph's outbox in that same transaction.
 */
export type ConsumerHandlers = {
  [T in EventType]?: (event: EventEnvelope<PayloadOf<T>>, tx: Tx, events: Emitter) => Promise<void>;
};

export interface ConsumerOptions {
  /** Consumer name, also its group id: `<subgraph>.<purpose>`. */
  name: string;
  db: Db;
  tables: EventTables;
  bus: EventBus;
  handlers: ConsumerHandlers;
  attempts?: number;
  backoffMs?: number;
  onError?: (err: unknown) => void;
  /** Read the kept events first (replay): see SubscribeOptions.fromBeginning. */
  fromBeginning?: boolean;
  /** Called after a handler's transaction committed events (the relay's poke). */
  afterCommit?: () => void;
}

export async function startConsumer(opts: ConsumerOptions): Promise<{ stop(): Promise<void> }> {
  const attempts = opts.attempts ?? 5;
  const backoff = opts.backoffMs ?? 100;
  const types = Object.keys(opts.handlers) as EventType[];
  const topics = [...new Set(types.map(topicOf))];

  const service = opts.name.split(".")[0]!;
  const count = (type: unknown, outcome: "applied" | "duplicate" | "retry" | "dead_lettered") =>
    metrics.handled.inc({
      service,
      consumer: opts.name,
      type: typeof type === "string" && types.includes(type as EventType) ? type : "other",
      outcome,
    });

  async function apply(event: EventEnvelope): Promise<void> {
    const handler = opts.handlers[event.type as EventType] as
      ((e: EventEnvelope, tx: Tx, events: Emitter) => Promise<void>) | undefined;
    if (!handler) return;
    let wrote = false;
    let duplicate = false;
    await opts.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(opts.tables.processedEvents)
        .values({ consumer: opts.name, eventId: event.id })
        .onConflictDoNothing()
        .returning({ id: opts.tables.processedEvents.eventId });
      if (inserted.length === 0) return void (duplicate = true);
      await handler(
        event,
        tx,
        emitterOf(tx, opts.tables, () => void (wrote = true)),
      );
    });
    count(event.type, duplicate ? "duplicate" : "applied");
    if (wrote) opts.afterCommit?.();
  }

  /** Dead-letter, or if even that fails (the broker away), try the whole event again later. */
  async function deadLetter(entry: DeadLetter): Promise<void> {
    try {
      await opts.bus.deadLetter(entry);
    } catch (err) {
      throw new RetryLater(err);
    }
  }

  /** A span per event taken (tracing on), in the trace of the request that caused it (the transport set its context). */
  function handle(raw: unknown): Promise<void> {
    const event = raw as Partial<EventEnvelope> | null;
    const type = typeof event?.type === "string" ? event.type : "invalid";
    const organizationId = typeof event?.organizationId === "string" ? event.organizationId : undefined;
    // An event of a topic it reads that it has no handler for is skipped: no span for that.
    if (!tracingEnabled() || (event?.type && !opts.handlers[event.type as EventType])) return take(raw);
    return withSpan(
      `${opts.name} consume ${type}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          "meander.service": service,
          "messaging.consumer.group.name": opts.name,
          "meander.event_type": type,
          ...(organizationId ? { "meander.organization_id": organizationId } : {}),
        },
      },
      () => take(raw),
    );
  }

  async function take(raw: unknown): Promise<void> {
    const parsed = envelopeSchema.safeParse(raw);
    let reason: string | undefined;
    if (!parsed.success)
      reason = `invalid envelope: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`;
    else if (opts.handlers[parsed.data.type as EventType]) {
      try {
        validatePayload(parsed.data.type, parsed.data.version, parsed.data.payload);
      } catch (err) {
        reason = (err as Error).message;
      }
    }
    if (reason || !parsed.success) {
      await deadLetter({
        consumer: opts.name,
        reason: reason ?? "invalid",
        event: raw,
        failedAt: new Date().toISOString(),
      });
      count((raw as { type?: unknown } | null)?.type, "dead_lettered");
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await apply(parsed.data as EventEnvelope);
        return;
      } catch (err) {
        opts.onError?.(err);
        metrics.handlerFailures.inc({ service, consumer: opts.name, type: parsed.data.type });
        // The database, not the event: the transport redelivers it later, as often as it takes.
        if (isTransientDbError(err)) {
          count(parsed.data.type, "retry");
          throw new RetryLater(err);
        }
        if (attempt >= attempts) {
          await deadLetter({
            consumer: opts.name,
            reason: `handler failed ${attempts} times: ${(err as Error).message}`,
            event: raw,
            failedAt: new Date().toISOString(),
          });
          count(parsed.data.type, "dead_lettered");
          return;
        }
        await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
      }
    }
  }

  return opts.bus.subscribe({ group: opts.name, topics, handler: handle, fromBeginning: opts.fromBeginning });
}

/** How many events a consumer has applied (observability; lag per transport comes with Kafka). */
export async function processedCount(db: Db, tables: EventTables, consumer: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${tables.processedEvents} where ${tables.processedEvents.consumer} = ${consumer}`,
  );
  return row?.n ?? 0;
}
