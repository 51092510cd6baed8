/**
 * The part every subgraph writes for a subject access export: on `privacy.access_export.requested` the subgraph's
 * own builder (its application layer) collects what it holds about the subject, in the consumer's transaction with
 * the organization's scope set (row-level security); the part is sealed and stored, and
 * `privacy.access_export.part_ready` is written to the subgraph's outbox in the same transaction. The object is
 * stored before the commit: a rolled-back transaction leaves an orphaned object that no event points to (the
 * redelivered event writes a new one), never an event without its object.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createEnvelope, type Envelope } from "@meander/crypto";
import type { Tx } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import { partKey, sealObject } from "./seal.js";
import type { ExportPart, ExportSubgraph, ExportSubject } from "./types.js";

export interface PartRequest {
  requestId: string;
  organizationId: string;
  subject: ExportSubject;
}

export type PartBuilder = (tx: Tx, request: PartRequest) => Promise<ExportPart>;

export interface PartWriterOptions {
  subgraph: ExportSubgraph;
  /** The master-key envelope (no master key: the export cannot be sealed, and the event is retried, then dead-lettered). */
  envelope: Envelope | null;
  store: ObjectStore | null;
  build: PartBuilder;
}

/** Sets the organization on the consumer's transaction, as a request's transaction has it (row-level security). */
export async function enterOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.execute(
    sql`select set_config('app.org_id', ${organizationId}, true), set_config('app.local_association_ids', '', true)`,
  );
}

/** Builds, seals and stores the subgraph's part; returns the object's id. */
export async function writePart(tx: Tx, opts: PartWriterOptions, request: PartRequest): Promise<string> {
  if (!opts.envelope || !opts.store)
    throw new Error(`${opts.subgraph}: access export needs a master key and an object store`);
  await enterOrganization(tx, request.organizationId);
  const part = await opts.build(tx, request);
  const objectId = randomUUID();
  const sealed = sealObject(
    opts.envelope,
    request.organizationId,
    request.requestId,
    `part:${opts.subgraph}`,
    JSON.stringify(part),
  );
  await opts.store.put(request.organizationId, partKey(request.requestId, opts.subgraph, objectId), sealed, {
    contentType: "application/json",
  });
  return objectId;
}

/** The consumer handlers (register them as the `<subgraph>.access_export` consumer). */
export function accessExportPartHandlers(opts: PartWriterOptions): ConsumerHandlers {
  return {
    "privacy.access_export.requested": async (event, tx, events) => {
      const organizationId = event.organizationId;
      if (!organizationId) return;
      const { requestId, contactId, userId } = event.payload;
      const objectId = await writePart(tx, opts, { requestId, organizationId, subject: { contactId, userId } });
      await events.emit({
        type: "privacy.access_export.part_ready",
        aggregateId: requestId,
        organizationId,
        actorId: null,
        payload: { requestId, subgraph: opts.subgraph, objectId },
      });
    },
  };
}

/** The consumer handlers from the subgraph's master key (deps.masterKey or its own config) and object store. */
export function accessExportConsumer(
  subgraph: ExportSubgraph,
  build: PartBuilder,
  infra: { masterKey?: string | null; previousMasterKeys?: string[]; store: ObjectStore | null },
): ConsumerHandlers {
  const envelope = infra.masterKey
    ? createEnvelope({ masterKey: infra.masterKey, previousMasterKeys: infra.previousMasterKeys })
    : null;
  return accessExportPartHandlers({ subgraph, envelope, store: infra.store, build });
}
