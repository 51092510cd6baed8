/**
 * The organization-wide audit log: every subgraph's `*.audit.recorded` event
 * appended to its organization's hash chain, and the walk that verifies it.
 */
import { badInput, forbiddenBy } from "@meander/validation";
import { type Viewer } from "@meander/auth";
import { isUuid, NOBODY, scopes, type Executor, type Scope, type Tx } from "@meander/db";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { createAuditLogRepository, type AuditCursor, type AuditRow } from "../db/repositories/audit-log.js";
import { activityLabel, bufdirReportLabel, expenseLabel } from "../domain/audit-labels.js";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import {
  chainEntry,
  GLOBAL_CHAIN,
  verifyChain,
  type AuditEntry,
  type ChainVerification,
} from "../domain/audit-chain.js";

/** The chains a scope reads: an organization's own (chain id = organization id); the platform's, any chain. */
const chainScope = (organizationId: string | null, viewerId: string | null = null): Scope =>
  organizationId ? scopes.organization(organizationId, viewerId) : scopes.platform(viewerId);

/** Who reads the log: the caller as the loaders know them (the user id where known). */
type AuditReader = Pick<Viewer, "role" | "organizationId"> & Partial<Pick<Viewer, "userId">>;

/** The logs a viewer may read: a global administrator's every chain, an organization administrator's their own. */
function auditReachOf(viewer: AuditReader | null): Scope {
  if (viewer?.role === "global_admin") return scopes.platform(viewer.userId ?? null);
  if (viewer?.role === "org_admin" && viewer.organizationId)
    return scopes.organization(viewer.organizationId, viewer.userId ?? null);
  return NOBODY;
}

/** The audit consumer's append (a system job over every organization's chain: the platform's). */
export async function appendAuditEntry(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"identity.audit.recorded">>,
): Promise<void> {
  const p = event.payload;
  const organizationId = p.organizationId ?? event.organizationId ?? null;
  const chainId = organizationId ?? GLOBAL_CHAIN;
  const log = createAuditLogRepository(tx, scopes.platform());
  await log.lockChain(chainId);
  if (await log.hasEvent(event.id)) return; // the same entry republished under the same event id: appended once
  const entry = chainEntry(await log.head(chainId), {
    eventId: event.id,
    eventType: event.type,
    occurredAt: event.occurredAt,
    action: p.action,
    actorId: p.actorId,
    actorRole: p.actorRole,
    organizationId,
    subjectType: p.subjectType ?? null,
    subjectId: p.subjectId ?? null,
    operationName: p.operationName,
    fields: p.fields,
    requestId: p.requestId,
  });
  await log.append({
    chainId,
    ...entry,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    fields: [...entry.fields],
  });
}

/**
 * Walks one chain (the caller decided which it may verify: auditChainOrganization): an organization's, or the
 * global chain of entries of no organization (the platform's). Entries and head come from one snapshot.
 */
export async function verifyAuditChain(db: Executor, organizationId: string | null): Promise<ChainVerification> {
  const chainId = organizationId ?? GLOBAL_CHAIN;
  const { rows, head } = await createAuditLogRepository(db, chainScope(organizationId)).chain(chainId);
  const entries: AuditEntry[] = rows.map((r) => ({
    seq: r.seq,
    eventId: r.eventId,
    eventType: r.eventType,
    occurredAt: r.occurredAt,
    action: r.action,
    actorId: r.actorId,
    actorRole: r.actorRole,
    organizationId: r.organizationId,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    operationName: r.operationName,
    fields: r.fields,
    requestId: r.requestId,
    prevHash: r.prevHash,
    hash: r.hash,
  }));
  return verifyChain(entries, head);
}

/** Whose chain the viewer may verify: a global administrator any (null: entries of no organization), an organization administrator their own. */
export function auditChainOrganization(viewer: Viewer, organizationId: string | null): string | null {
  if (viewer.role === "global_admin") return organizationId;
  if (
    viewer.role === "org_admin" &&
    viewer.organizationId &&
    (organizationId === null || organizationId === viewer.organizationId)
  )
    return viewer.organizationId;
  throw forbiddenBy("auditor_required", "Only auditors may verify this audit chain");
}

/** Whose log the viewer reads: an organization administrator their own organization's; a global administrator every chain, or the one named. */
export function auditLogChain(viewer: Viewer, organizationId: string | null | undefined): string | null {
  if (viewer.role === "global_admin") return organizationId ?? null;
  if (
    viewer.role === "org_admin" &&
    viewer.organizationId &&
    (!organizationId || organizationId === viewer.organizationId)
  )
    return viewer.organizationId;
  throw forbiddenBy(
    "audit_log_access",
    "Only organization administrators and global administrators read the audit log",
  );
}

export interface AuditLogFilter {
  organizationId?: string | null;
  actorId?: string | null;
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  from?: Date | string | null;
  to?: Date | string | null;
}

function idFilter(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw badInput("id_format", `filter.${field}`, `${field} must be an id`);
  return value;
}

function cursorOf(after: unknown): AuditCursor | null {
  if (after === null) return null;
  const ok =
    Array.isArray(after) &&
    after.length === 3 &&
    /^\d{1,20}$/.test(String(after[0])) &&
    isUuid(String(after[1])) &&
    Number.isInteger(after[2]);
  if (!ok) throw badInput("cursor_format", "after", "Invalid cursor");
  return after as AuditCursor;
}

const asDate = (v: Date | string | null | undefined) => (v == null ? null : new Date(v));

/** A page of the log the viewer may read, newest first. */
export async function listAuditLog(
  db: Executor,
  viewer: Viewer,
  filter: AuditLogFilter,
  args: PageArgs,
): Promise<Connection<AuditRow>> {
  const chain = auditLogChain(viewer, idFilter(filter.organizationId, "organizationId"));
  const page = pageRequest<unknown>(args);
  const rows = await createAuditLogRepository(db, chainScope(chain, viewer.userId)).page({
    actorId: idFilter(filter.actorId, "actorId"),
    action: filter.action?.trim() || null,
    subjectType: filter.subjectType?.trim() || null,
    subjectId: idFilter(filter.subjectId, "subjectId"),
    from: asDate(filter.from),
    to: asDate(filter.to),
    after: cursorOf(page.after),
    limit: page.limit,
  });
  return toConnection(rows, page.first, (r): AuditCursor => [r.atMicros, r.chainId, r.seq]);
}

/** An audit subject; personName: identity's name of a user subject, when the gateway brought it (label @requires it). */
export type SubjectRef = { type: string; id: string; personName?: string | null };

/** Labels of a page's subjects from what reporting knows, in the logs the viewer reads (one query per kind of subject). */
export async function subjectLabels(
  db: Executor,
  viewer: AuditReader | null,
  subjects: readonly SubjectRef[],
): Promise<Array<string | null>> {
  const repo = createAuditLogRepository(db, auditReachOf(viewer));
  const idsOf = (type: string) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
  const [las, reports, activities, expenses] = await Promise.all([
    repo.localAssociationNames(idsOf("LocalAssociation")),
    repo.bufdirReports(idsOf("BufdirReport")),
    repo.activities(idsOf("Activity")),
    repo.expenses(idsOf("Expense")),
  ]);
  return subjects.map((s) => {
    if (s.type === "LocalAssociation") return las.get(s.id) ?? null;
    if (s.type === "BufdirReport") return mapOr(reports.get(s.id), bufdirReportLabel);
    if (s.type === "Activity") return mapOr(activities.get(s.id), activityLabel);
    if (s.type === "Expense") return mapOr(expenses.get(s.id), expenseLabel);
    return null;
  });
}

const mapOr = <T>(v: T | undefined, f: (v: T) => string): string | null => (v === undefined ? null : f(v));

/** For each id: is it the subject of an entry of a log the viewer may read (organization administrators their chain, global administrators any)? */
export async function subjectsInLog(
  db: Executor,
  viewer: AuditReader | null,
  ids: readonly string[],
): Promise<boolean[]> {
  const reach = auditReachOf(viewer);
  if (reach.reach === "none") return ids.map(() => false);
  const known = await createAuditLogRepository(db, reach).subjectsIn(ids.filter(isUuid));
  return ids.map((id) => known.has(id));
}
