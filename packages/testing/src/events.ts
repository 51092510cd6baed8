/** Builds a valid envelope for a catalog event, as another subgraph's relay would publish it. */
import { newEventId, validatePayload, eventCatalog, type EventEnvelope, type EventType, type PayloadOf } from "@meander/events";

export function makeEvent<T extends EventType>(
  type: T,
  payload: PayloadOf<T>,
  opts: { organizationId?: string | null; aggregateId?: string; actorId?: string | null } = {},
): EventEnvelope<PayloadOf<T>> {
  const version = eventCatalog[type].version;
  validatePayload(type, version, payload);
  return {
    id: newEventId(),
    type,
    version,
    occurredAt: new Date().toISOString(),
    organizationId: opts.organizationId ?? null,
    actorId: opts.actorId ?? null,
    aggregateId: opts.aggregateId ?? newEventId(),
    payload,
  };
}
