/**
 * The organization-wide audit log: every subgraph's `*.audit.recorded` event
 * appended to its organization's hash chain, and the walk that verifies it.
 */
import { asc, eq, sql } from "drizzle-orm";
import { forbidden, type Viewer } from "@meander/auth";
import type { Executor, Tx } from "@meander/db";
import type { EventEnvelope, PayloadOf } from "@meander/events";
import { auditChainHeads, auditLog } from "../db/schema/index.js";
import { chainEntry, GLOBAL_CHAIN, verifyChain, type AuditEntry, type ChainVerification } from "../domain/audit-chain.js";

/** Advisory-lock class for "one audit chain" (apart from the activity lock class). */
const AUDIT_LOCK_CLASS = 0x52_45_50_02;

export async function appendAuditEntry(tx: Tx, event: EventEnvelope<PayloadOf<"identity.audit.recorded">>): Promise<void> {
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
    operationName: p.operationName,
    fields: p.fields,
    requestId: p.requestId,
  });
  await tx.insert(auditLog).values({ chainId, ...entry, fields: [...entry.fields] });
  await tx
    .insert(auditChainHeads)
    .values({ chainId, seq: entry.seq, hash: entry.hash })
    .onConflictDoUpdate({ target: auditChainHeads.chainId, set: { seq: entry.seq, hash: entry.hash } });
}

export async function verifyAuditChain(db: Executor, organizationId: string | null): Promise<ChainVerification> {
  const chainId = organizationId ?? GLOBAL_CHAIN;
  const rows = await db.select().from(auditLog).where(eq(auditLog.chainId, chainId)).orderBy(asc(auditLog.seq));
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, chainId));
  const entries: AuditEntry[] = rows.map((r) => ({
    seq: r.seq,
    eventId: r.eventId,
    eventType: r.eventType,
    occurredAt: r.occurredAt,
    action: r.action,
    actorId: r.actorId,
    actorRole: r.actorRole,
    organizationId: r.organizationId,
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
  if (viewer.role === "org_admin" && viewer.organizationId && (organizationId === null || organizationId === viewer.organizationId)) return viewer.organizationId;
  throw forbidden("Only auditors may verify this audit chain");
}
