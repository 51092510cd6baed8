/**
 * The organization-wide audit log: every subgraph's `*.audit.recorded` event
 * appended to its organization's hash chain, and the walk that verifies it.
 */
import { badInput, forbiddenBy } from "@meander/validation";
import { asc, eq, sql } from "drizzle-orm";
import { type Viewer } from "@meander/auth";
import { isUuid, type Executor, type Tx } from "@meander/db";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { createAuditLogRepository, type AuditCursor, type AuditRow } from "../db/repositories/audit-log.js";
import { activityLabel, bufdirReportLabel, expenseLabel } from "../domain/audit-labels.js";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { auditChainHeads, auditLog } from "../db/schema/index.js";
import {
  chainEntry,
  GLOBAL_CHAIN,
  verifyChain,
  type AuditEntry,
  type ChainVerification,
} from "../domain/audit-chain.js";

/** Advisory-lock class for "one audit chain" (apart from the activity lock class). */
const AUDIT_LOCK_CLASS = 0x52_45_50_02;

export async function appendAuditEntry(
  tx: Tx,
  event: EventEnvelope<PayloadOf<"identity.audit.recorded">>,
): Promise<void> {
  const p = event.payload;
  const organizationId = p.organizationId ?? event.organizationId ?? null;
  const chainId = organizationId ?? GLOBAL_CHAIN;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}::int, hashtext(${chainId}))`);
  const [known] = await tx.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.eventId, event.id));
  if (known) return; // the same entry republished under the same event id: appended once
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, chainId));
  const entry = chainEntry(head ?? null, {
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
  await tx.insert(auditLog).values({
    chainId,
    ...entry,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    fields: [...entry.fields],
  });
  await tx
    .insert(auditChainHeads)
    .values({ chainId, seq: entry.seq, hash: entry.hash })
    .onConflictDoUpdate({ target: auditChainHeads.chainId, set: { seq: entry.seq, hash: entry.hash } });
}

/**
 * The entries and the head are read in ONE statement (one snapshot): read one after the other, an entry appended
 * in between (the chain grows while someone verifies it) looked like a chain cut short (head_mismatch).
 */
export async function verifyAuditChain(db: Executor, organizationId: string | null): Promise<ChainVerification> {
  const chainId = organizationId ?? GLOBAL_CHAIN;
  const headOf = (column: typeof auditChainHeads.seq | typeof auditChainHeads.hash) =>
    sql`(select ${column} from ${auditChainHeads} where ${auditChainHeads.chainId} = ${chainId})`;
  const read = await db
    .select({
      row: auditLog,
      headSeq: sql<number | null>`${headOf(auditChainHeads.seq)}`,
      headHash: sql<string | null>`${headOf(auditChainHeads.hash)}`,
    })
    .from(auditLog)
    .where(eq(auditLog.chainId, chainId))
    .orderBy(asc(auditLog.seq));
  const rows = read.map((r) => r.row);
  // No entry: the head alone (a head without entries is a chain whose rows were all deleted).
  const [head] =
    read.length > 0
      ? read[0]!.headSeq === null
        ? []
        : [{ seq: Number(read[0]!.headSeq), hash: read[0]!.headHash! }]
      : await db.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, chainId));
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
  return verifyChain(entries, head ? { seq: head.seq, hash: head.hash } : null);
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
  const rows = await createAuditLogRepository(db).page({
    chainId: chain,
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

/** Labels of a page's subjects from what reporting knows (one query per kind of subject). */
export async function subjectLabels(db: Executor, subjects: readonly SubjectRef[]): Promise<Array<string | null>> {
  const repo = createAuditLogRepository(db);
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
  viewer: Pick<Viewer, "role" | "organizationId"> | null,
  ids: readonly string[],
): Promise<boolean[]> {
  const chain =
    viewer?.role === "global_admin"
      ? null
      : viewer?.role === "org_admin" && viewer.organizationId
        ? viewer.organizationId
        : undefined;
  if (chain === undefined) return ids.map(() => false);
  const known = await createAuditLogRepository(db).subjectsIn(chain, ids.filter(isUuid));
  return ids.map((id) => known.has(id));
}
