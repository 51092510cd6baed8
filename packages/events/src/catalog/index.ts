/**
 * The catalog of event types and their payload schemas. Publishing and
 * consuming both validate against it; an unknown type or a payload that does
 * not match is refused on publish and dead-lettered on consume.
 */
import type { z } from "zod";
import { identityEvents } from "./identity.js";
import { organizationEvents } from "./organization.js";
import { activityEvents } from "./activity.js";
import { financeEvents } from "./finance.js";
import { engagementEvents } from "./engagement.js";
import { auditEvents } from "./audit.js";
import { privacyEvents } from "./privacy.js";
import { reportingEvents } from "./reporting.js";
import type { CatalogEntries, CatalogEntry } from "./shared.js";

/** One file per domain (the subgraph owning the aggregate); the catalog is their union. */
export const eventCatalog = {
  ...identityEvents,
  ...organizationEvents,
  ...activityEvents,
  ...financeEvents,
  ...engagementEvents,
  ...auditEvents,
  ...privacyEvents,
  ...reportingEvents,
} as const satisfies CatalogEntries;

export type EventType = keyof typeof eventCatalog;
export type PayloadOf<T extends EventType> = z.infer<(typeof eventCatalog)[T]["payload"]>;

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEventError";
  }
}

/** Validates a payload against the catalog; throws InvalidEventError with the reason. */
export function validatePayload(type: string, version: number, payload: unknown): void {
  const entry = (eventCatalog as Record<string, CatalogEntry>)[type];
  if (!entry) throw new InvalidEventError(`unknown event type ${type}`);
  // An earlier version is still read (kept outbox rows and topics); its handler reads only what both versions share.
  const schema = entry.version === version ? entry.payload : entry.legacy?.[version];
  if (!schema) throw new InvalidEventError(`${type}: unsupported version ${version}`);
  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new InvalidEventError(
      `${type}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
}
