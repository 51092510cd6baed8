/**
 * Many events in one multi-row INSERT into this subgraph's outbox (bulk
 * registration, bulk approval): the same validation and envelope as
 * @meander/events' recordEvent, without one statement per event (the rows as
 * one array parameter per column: db/repositories/bulk-insert.ts).
 */
import { newEventId, topicOf, validatePayload, eventCatalog, type EventType, type NewEvent } from "@meander/events";
import type { Executor } from "@meander/db";
import { bulkInsert } from "../db/repositories/bulk-insert.js";
import { outbox } from "../db/schema/index.js";

export async function recordEvents(tx: Executor, events: ReadonlyArray<NewEvent<EventType>>): Promise<void> {
  const rows = events.map((event) => {
    const version = eventCatalog[event.type].version;
    validatePayload(event.type, version, event.payload);
    return {
      id: newEventId(),
      type: event.type,
      version,
      topic: topicOf(event.type),
      aggregateId: event.aggregateId,
      organizationId: event.organizationId,
      actorId: event.actorId,
      occurredAt: (event.occurredAt ?? new Date()).toISOString(),
      payload: event.payload as object,
    };
  });
  for (let i = 0; i < rows.length; i += 2000) await bulkInsert(tx, outbox, rows.slice(i, i + 2000));
}
