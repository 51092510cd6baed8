/**
 * Subject access export (issue 24 item 3, GDPR art. 15): the request, its status and the one download. The parts
 * are written by every subgraph (@meander/privacy/access-export) and assembled by access-export-assembly.ts.
 * Every request and every download is audited (organization.audit.recorded, ids only).
 */
import { randomUUID } from "node:crypto";
import type { Envelope } from "@meander/crypto";
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { openObject, partKey } from "@meander/privacy/access-export";
import type { ObjectStore } from "@meander/storage";
import { PublicError, badInput, conflictBy, forbiddenBy, notFound } from "@meander/validation";
import {
  createAccessExportRepository,
  type AccessExportRepository,
  type AccessExportRequestRow,
} from "../../db/repositories/access-exports.js";
import { createMembershipRepository } from "../../db/repositories/memberships.js";
import {
  checkSubject,
  downloadRefusal,
  mayRequest,
  maySee,
  PART_SUBGRAPHS,
  statusOf,
  type ExportActor,
  type SubjectInput,
} from "../../domain/access-export.js";
import { auditChange } from "../audit.js";
import { badInputFrom } from "../actor.js";
import { isKnownContact } from "./known-contacts.js";

export interface AccessExportDeps {
  uow: UnitOfWork;
  store: ObjectStore | null;
  envelope: Envelope | null;
  requestId?: string;
  /** The request's clock (the resolvers pass the context: ctx.now). */
  now?: () => Date;
}

const nowOf = (deps: AccessExportDeps): Date => deps.now?.() ?? new Date();

export interface AccessExportView {
  id: string;
  organizationId: string;
  contactId: string | null;
  userId: string | null;
  requestedBy: string;
  requestedAt: Date;
  status: "ASSEMBLING" | "READY" | "DOWNLOADED" | "EXPIRED";
  readyAt: Date | null;
  expiresAt: Date | null;
  downloadedAt: Date | null;
  expiredAt: Date | null;
  parts: Array<{ subgraph: string; ready: boolean; readyAt: Date | null }>;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  base64: string;
  byteLength: number;
}

function unavailable(): PublicError {
  return new PublicError("Access exports are not available: no master key or object store is configured", {
    code: "SERVICE_UNAVAILABLE",
  });
}

async function view(repo: AccessExportRepository, row: AccessExportRequestRow, now: Date): Promise<AccessExportView> {
  const parts = await repo.partsOf(row.id);
  const bySubgraph = new Map(parts.map((p) => [p.subgraph, p]));
  return {
    ...row,
    status: statusOf(row, now).toUpperCase() as AccessExportView["status"],
    parts: PART_SUBGRAPHS.map((subgraph) => ({
      subgraph,
      ready: bySubgraph.has(subgraph),
      readyAt: bySubgraph.get(subgraph)?.readyAt ?? null,
    })),
  };
}

const subjectOf = (row: { contactId: string | null; userId: string | null }) =>
  row.contactId ? { type: "Contact", id: row.contactId } : { type: "User", id: row.userId! };

/** requestSubjectAccessExport: an administrator for anyone of the organization, a user for their own account. */
export async function requestSubjectAccessExport(
  deps: AccessExportDeps,
  actor: ExportActor,
  subject: SubjectInput,
): Promise<AccessExportView> {
  const violation = checkSubject(subject);
  if (violation) throw badInputFrom(violation);
  if (!mayRequest(actor, subject)) {
    throw forbiddenBy(
      "access_export_permission",
      "Only an organization administrator, or the person for their own account, may ask for an export",
    );
  }
  if (!deps.envelope || !deps.store) throw unavailable();
  const organizationId = actor.organizationId!;
  const now = nowOf(deps);
  const scope = scopes.organization(organizationId);
  return deps.uow.run(scope, async (tx, events) => {
    if (subject.userId) {
      if (!(await createMembershipRepository(tx, scope).includes(subject.userId)))
        throw badInput(
          "access_export_subject_outside_organization",
          "subject.userId",
          "The user is not a member of your organization",
        );
    }
    if (subject.contactId) {
      if (!(await isKnownContact(tx, organizationId, subject.contactId)))
        throw badInput(
          "access_export_subject_outside_organization",
          "subject.contactId",
          "The contact is not one of your organization's",
        );
    }
    const id = randomUUID();
    const exports = createAccessExportRepository(tx, scope);
    const row = await exports.insert({
      id,
      organizationId,
      contactId: subject.contactId ?? null,
      userId: subject.userId ?? null,
      requestedBy: actor.userId!,
    });
    await events.emit({
      type: "privacy.access_export.requested",
      aggregateId: id,
      organizationId,
      actorId: actor.userId,
      payload: { requestId: id, contactId: row.contactId, userId: row.userId },
    });
    await auditChange(events, { actorId: actor.userId, actorRole: actor.role }, organizationId, {
      action: "privacy.access_export.requested",
      subject: subjectOf(row),
      fields: ["requestSubjectAccessExport"],
    });
    return view(exports, row, now);
  });
}

/** subjectAccessExport(id): the requester or an administrator of the organization; null otherwise. */
export async function subjectAccessExport(
  deps: AccessExportDeps,
  actor: ExportActor,
  id: string,
): Promise<AccessExportView | null> {
  if (!actor.organizationId) return null;
  const now = nowOf(deps);
  const scope = scopes.organization(actor.organizationId);
  return deps.uow.run(scope, async (tx) => {
    const exports = createAccessExportRepository(tx, scope);
    const row = await exports.byId(id);
    if (!row || !maySee(actor, row)) return null;
    return view(exports, row, now);
  });
}

const REFUSALS: Record<NonNullable<ReturnType<typeof downloadRefusal>>, () => PublicError> = {
  access_export_requester_only: () =>
    forbiddenBy("access_export_requester_only", "Only the person who asked for the export may download it"),
  access_export_not_ready: () => conflictBy("access_export_not_ready", "The export is still being assembled"),
  access_export_already_downloaded: () =>
    conflictBy("access_export_already_downloaded", "The export has been downloaded already; ask for a new one"),
  access_export_expired: () =>
    conflictBy("access_export_expired", "The export's download window has passed; ask for a new one"),
};

/**
 * downloadSubjectAccessExport(id): the bundle (JSON) and the readable PDF, once, by the requester, within the
 * download window. The download is marked and audited in the same transaction; the stored objects (bundle and
 * parts) are deleted after the commit.
 */
export async function downloadSubjectAccessExport(
  deps: AccessExportDeps,
  actor: ExportActor,
  id: string,
): Promise<{ json: ExportFile; pdf: ExportFile }> {
  if (!deps.envelope || !deps.store) throw unavailable();
  if (!actor.organizationId) throw notFound("access_export");
  const { envelope, store } = deps;
  const organizationId = actor.organizationId;
  const now = nowOf(deps);
  const scope = scopes.organization(organizationId);
  const { files, keys } = await deps.uow
    .run(scope, async (tx, events) => {
      const exports = createAccessExportRepository(tx, scope);
      const row = await exports.forUpdate(id);
      if (!row || !maySee(actor, row)) throw notFound("access_export");
      const refusal = downloadRefusal(actor, row, now);
      await auditChange(events, { actorId: actor.userId, actorRole: actor.role }, organizationId, {
        action: refusal ? "privacy.access_export.download_refused" : "privacy.access_export.downloaded",
        subject: subjectOf(row),
        fields: ["downloadSubjectAccessExport"],
      });
      if (refusal) {
        // The refusal is audited too: commit the audit entry, answer the refusal.
        return { files: null, keys: [], refusal } as const;
      }
      const read = async (kind: "json" | "pdf", key: string) => {
        const object = await store.get(organizationId, key);
        if (!object) throw new PublicError("The export's files are gone", { code: "NOT_FOUND" });
        return openObject(envelope, organizationId, row.id, `bundle:${kind}`, object.bytes);
      };
      const json = await read("json", row.bundleJsonKey!);
      const pdf = await read("pdf", row.bundlePdfKey!);
      await exports.markDownloaded(row.id, now);
      const parts = await exports.partsOf(row.id);
      const stem = `innsyn-${now.toISOString().slice(0, 10)}-${row.id.slice(0, 8)}`;
      const file = (bytes: Buffer, ext: string, contentType: string): ExportFile => ({
        filename: `${stem}.${ext}`,
        contentType,
        base64: bytes.toString("base64"),
        byteLength: bytes.length,
      });
      return {
        files: { json: file(json, "json", "application/json"), pdf: file(pdf, "pdf", "application/pdf") },
        keys: [row.bundleJsonKey!, row.bundlePdfKey!, ...parts.map((p) => partKey(row.id, p.subgraph, p.objectId))],
      };
    })
    .then((r) => {
      if ("refusal" in r && r.refusal) throw REFUSALS[r.refusal]();
      return r as { files: { json: ExportFile; pdf: ExportFile }; keys: string[] };
    });
  // Once downloaded, nothing of it stays in storage (best effort: an object left over is never served again).
  await Promise.all(keys.map((k) => store.delete(organizationId, k).catch(() => false)));
  return files;
}
