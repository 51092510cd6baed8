/** Builds a valid envelope for a catalog event, as another subgraph's relay would publish it. */
import {
  FEATURE_CAPABILITIES,
  newEventId,
  validatePayload,
  eventCatalog,
  type EventEnvelope,
  type EventType,
  type PayloadOf,
} from "@meander/events";

export function makeEvent<T extends EventType>(
  type: T,
  payload: PayloadOf<T>,
  opts: { organizationId?: string | null; aggregateId?: string; actorId?: string | null; occurredAt?: Date } = {},
): EventEnvelope<PayloadOf<T>> {
  const version = eventCatalog[type].version;
  validatePayload(type, version, payload);
  return {
    id: newEventId(),
    type,
    version,
    occurredAt: (opts.occurredAt ?? new Date()).toISOString(),
    organizationId: opts.organizationId ?? null,
    actorId: opts.actorId ?? null,
    aggregateId: opts.aggregateId ?? newEventId(),
    payload,
  };
}

/**
 * organization's `settings.changed` for the feature flags: every capability on (or as given), as organization
 * publishes it, for a subgraph test whose organization uses a capability that is off by default.
 */
export function featureFlagsEvent(
  organizationId: string,
  flags: Record<string, boolean> = {},
  version = 1,
): EventEnvelope {
  const all = Object.fromEntries(Object.keys(FEATURE_CAPABILITIES).map((k) => [k, true]));
  return makeEvent(
    "organization.settings.changed",
    { organizationId, version, section: "feature_flags", values: { flags: { ...all, ...flags } } },
    { organizationId },
  );
}
