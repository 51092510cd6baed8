/**
 * Assembling a subject access export: organization's consumer (`organization.access_export`) writes its own part
 * on `privacy.access_export.requested` like every subgraph, records each `privacy.access_export.part_ready`, and
 * when the sixth part is in, opens the six sealed parts, builds the JSON bundle and the readable PDF, seals and
 * stores both, and marks the request ready (the download window starts). Idempotent: a redelivered part_ready
 * finds the part recorded, and a ready request is not assembled twice (the row is locked while assembling).
 */
import type { Envelope } from "@meander/crypto";
import { scopes, type Tx } from "@meander/db";
import type { ConsumerHandlers } from "@meander/events";
import {
  accessExportPartHandlers,
  bundleKey,
  enterOrganization,
  EXPORT_SUBGRAPHS,
  openObject,
  partKey,
  sealObject,
  type ExportBundle,
  type ExportPart,
  type ExportSubgraph,
} from "@meander/privacy/access-export";
import type { ObjectStore } from "@meander/storage";
import { createAccessExportRepository } from "../../db/repositories/access-exports.js";
import { createOrganizationRepository } from "../../db/repositories/organizations.js";
import { DOWNLOAD_WINDOW_MS } from "../../domain/access-export.js";
import { accessExportPdf } from "./access-export-pdf.js";
import { organizationExportPart } from "./access-export-part.js";

export interface AssemblyOptions {
  envelope: Envelope | null;
  store: ObjectStore | null;
}

/** Assembles the request when every part is in; returns true when it did. */
export async function assembleWhenComplete(
  tx: Tx,
  opts: AssemblyOptions,
  organizationId: string,
  requestId: string,
  now = new Date(),
): Promise<boolean> {
  const { envelope, store } = opts;
  if (!envelope || !store) throw new Error("organization: access export needs a master key and an object store");
  const scope = scopes.organization(organizationId);
  const exports = createAccessExportRepository(tx, scope);
  const request = await exports.forUpdate(requestId);
  if (!request || request.readyAt) return false;
  const parts = await exports.partsOf(requestId);
  if (!EXPORT_SUBGRAPHS.every((s) => parts.some((p) => p.subgraph === s))) return false;

  const opened = {} as Record<ExportSubgraph, ExportPart>;
  for (const subgraph of EXPORT_SUBGRAPHS) {
    const part = parts.find((p) => p.subgraph === subgraph)!;
    const object = await store.get(organizationId, partKey(requestId, subgraph, part.objectId));
    if (!object) throw new Error(`access export ${requestId}: the ${subgraph} part is missing from storage`);
    opened[subgraph] = JSON.parse(
      openObject(envelope, organizationId, requestId, `part:${subgraph}`, object.bytes).toString("utf8"),
    ) as ExportPart;
  }
  const subject = { contactId: request.contactId, userId: request.userId };
  const bundle: ExportBundle = {
    format: "meander.subject-access-export.v1",
    requestId,
    organizationId,
    subject,
    generatedAt: now.toISOString(),
    parts: opened,
  };
  const labels: Record<string, string> = Object.assign({}, ...Object.values(opened).map((p) => p.labels ?? {}));
  const [org] = await createOrganizationRepository(tx, scope).byIds([organizationId]);
  const pdf = await accessExportPdf(bundle, {
    organizationName: org?.name ?? "",
    subjectName: labels[(request.contactId ?? request.userId)!] ?? "Ukjent person",
  });
  const jsonKey = bundleKey(requestId, "json");
  const pdfKey = bundleKey(requestId, "pdf");
  await store.put(
    organizationId,
    jsonKey,
    sealObject(envelope, organizationId, requestId, "bundle:json", JSON.stringify(bundle, null, 2)),
    { contentType: "application/json" },
  );
  await store.put(organizationId, pdfKey, sealObject(envelope, organizationId, requestId, "bundle:pdf", pdf), {
    contentType: "application/json",
  });
  await exports.markReady(requestId, {
    readyAt: now,
    expiresAt: new Date(now.getTime() + DOWNLOAD_WINDOW_MS),
    bundleJsonKey: jsonKey,
    bundlePdfKey: pdfKey,
  });
  return true;
}

/** The `organization.access_export` consumer: organization's own part, and the assembly. */
export function accessExportHandlers(opts: AssemblyOptions): ConsumerHandlers {
  return {
    ...accessExportPartHandlers({
      subgraph: "organization",
      envelope: opts.envelope,
      store: opts.store,
      build: organizationExportPart,
    }),
    "privacy.access_export.part_ready": async (event, tx) => {
      const organizationId = event.organizationId;
      if (!organizationId) return;
      const { requestId, subgraph, objectId } = event.payload;
      await enterOrganization(tx, organizationId);
      const exports = createAccessExportRepository(tx, scopes.organization(organizationId));
      if (!(await exports.byId(requestId))) return; // not ours (another organization's, or a request that no longer exists)
      await exports.addPart({ requestId, subgraph, objectId });
      await assembleWhenComplete(tx, opts, organizationId, requestId);
    },
  };
}
