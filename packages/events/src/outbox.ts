/**
 * The transactional outbox: each subgraph declares these two tables in its own
 * pg schema; a use case writes its event rows in the same transaction as its
 * change, and the relay publishes them after commit.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uuid,
  type PgSchema,
} from "drizzle-orm/pg-core";
import { bulkInsert, type Executor } from "@meander/db";
import { traceHeaders } from "@meander/observability";
import { eventCatalog, validatePayload, type EventType, type PayloadOf } from "./catalog/index.js";
import { newEventId, topicOf, type EventEnvelope } from "./envelope.js";

export function eventTables(schema: PgSchema) {
  const outbox = schema.table(
    "outbox",
    {
      position: bigserial("position", { mode: "number" }).primaryKey(),
      id: uuid("id").notNull().unique(),
      type: text("type").notNull(),
      version: integer("version").notNull(),
      topic: text("topic").notNull(),
      aggregateId: text("aggregate_id").notNull(),
      organizationId: uuid("organization_id"),
      actorId: uuid("actor_id"),
      occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "string" }).notNull(),
      payload: jsonb("payload").notNull(),
      sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }),
      attempts: integer("attempts").notNull().default(0),
      lastError: text("last_error"),
      /** Transport headers the event travels with: the trace context (W3C traceparent) of what wrote it, or null. */
      headers: jsonb("headers").$type<Record<string, string>>(),
    },
    (t) => [
      index("outbox_unsent_idx")
        .on(t.position)
        .where(sql`${t.sentAt} is null`),
    ],
  );
  const processedEvents = schema.table(
    "processed_events",
    {
      consumer: text("consumer").notNull(),
      eventId: uuid("event_id").notNull(),
      processedAt: timestamp("processed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.consumer, t.eventId] })],
  );
  return { outbox, processedEvents };
}

export type EventTables = ReturnType<typeof eventTables>;

export interface NewEvent<T extends EventType> {
  type: T;
  aggregateId: string;
  organizationId: string | null;
  actorId: string | null;
  payload: PayloadOf<T>;
  occurredAt?: Date;
}

/** The envelope of a new event (validated first: a payload off its catalog schema throws before anything is written). */
function envelopeOf<T extends EventType>(event: NewEvent<T>): EventEnvelope<PayloadOf<T>> {
  const version = eventCatalog[event.type].version;
  validatePayload(event.type, version, event.payload);
  return {
    id: newEventId(),
    type: event.type,
    version,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    organizationId: event.organizationId,
    actorId: event.actorId,
    aggregateId: event.aggregateId,
    payload: event.payload,
  };
}

/** The outbox row of an envelope, with the writer's trace context (tracing on) so the relay and consumers join it. */
const rowOf = (envelope: EventEnvelope, headers: Record<string, string> | null) => ({
  id: envelope.id,
  type: envelope.type,
  version: envelope.version,
  topic: topicOf(envelope.type as EventType),
  aggregateId: envelope.aggregateId,
  organizationId: envelope.organizationId,
  actorId: envelope.actorId,
  occurredAt: envelope.occurredAt,
  payload: envelope.payload as object,
  headers,
});

/** Writes one event into the outbox inside the caller's transaction (validated first). */
export async function recordEvent<T extends EventType>(
  tx: Executor,
  tables: EventTables,
  event: NewEvent<T>,
): Promise<EventEnvelope<PayloadOf<T>>> {
  const envelope = envelopeOf(event);
  await tx.insert(tables.outbox).values(rowOf(envelope, traceHeaders() ?? null));
  return envelope;
}

/** Rows per INSERT of recordEvents (one array parameter per column: the statement is the same whatever the count). */
const BATCH = 2000;

/**
 * Writes many events (bulk registration, bulk approval) with one multi-row INSERT per BATCH inside the caller's
 * transaction: each validated as recordEvent does, all before any is written.
 */
export async function recordEvents(
  tx: Executor,
  tables: EventTables,
  events: ReadonlyArray<NewEvent<EventType>>,
): Promise<void> {
  const headers = traceHeaders() ?? null;
  const rows = events.map((event) => rowOf(envelopeOf(event), headers));
  for (let i = 0; i < rows.length; i += BATCH) await bulkInsert(tx, tables.outbox, rows.slice(i, i + BATCH));
}
