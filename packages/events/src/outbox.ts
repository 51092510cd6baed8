/**
 * The transactional outbox: each subgraph declares these two tables in its own
 * pg schema; a use case writes its event rows in the same transaction as its
 * change, and the relay publishes them after commit.
 */
import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from "drizzle-orm/pg-core";
import type { Executor } from "@meander/db";
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
    (t) => [index("outbox_unsent_idx").on(t.position).where(sql`${t.sentAt} is null`)],
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

/** Writes one event into the outbox inside the caller's transaction (validated first). */
export async function recordEvent<T extends EventType>(
  tx: Executor,
  tables: EventTables,
  event: NewEvent<T>,
): Promise<EventEnvelope<PayloadOf<T>>> {
  const version = eventCatalog[event.type].version;
  validatePayload(event.type, version, event.payload);
  const envelope: EventEnvelope<PayloadOf<T>> = {
    id: newEventId(),
    type: event.type,
    version,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    organizationId: event.organizationId,
    actorId: event.actorId,
    aggregateId: event.aggregateId,
    payload: event.payload,
  };
  await tx.insert(tables.outbox).values({
    id: envelope.id,
    type: envelope.type,
    version,
    topic: topicOf(envelope.type),
    aggregateId: envelope.aggregateId,
    organizationId: envelope.organizationId,
    actorId: envelope.actorId,
    occurredAt: envelope.occurredAt,
    payload: envelope.payload as object,
    // The writer's trace context (tracing on), so that the relay and the consumers join the request's trace.
    headers: traceHeaders() ?? null,
  });
  return envelope;
}
