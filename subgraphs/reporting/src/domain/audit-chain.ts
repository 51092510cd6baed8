/**
 * The tamper-evident audit log as plain functions: each entry's hash covers
 * the previous entry's hash and the entry's canonical content, so changing,
 * deleting or reordering one entry breaks the chain at that point.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The chain of audit entries that belong to no organization (e.g. a global administrator's cross-tenant read). */
export const GLOBAL_CHAIN = "00000000-0000-0000-0000-000000000000";

export interface AuditContent {
  seq: number;
  eventId: string;
  eventType: string;
  occurredAt: string;
  action: string;
  /** Null: nobody was signed in. */
  actorId: string | null;
  actorRole: string;
  organizationId: string | null;
  /** What the entry is about; hashed only when present, so entries from before subjects keep their hashes. */
  subjectType?: string | null;
  subjectId?: string | null;
  operationName: string | null;
  fields: readonly string[];
  requestId: string;
}

export interface AuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** JSON with keys sorted at every level: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function contentOf(e: AuditContent): AuditContent {
  return {
    seq: e.seq,
    eventId: e.eventId,
    eventType: e.eventType,
    occurredAt: e.occurredAt,
    action: e.action,
    actorId: e.actorId,
    actorRole: e.actorRole,
    organizationId: e.organizationId,
    subjectType: e.subjectType ?? undefined,
    subjectId: e.subjectId ?? undefined,
    operationName: e.operationName,
    fields: [...e.fields],
    requestId: e.requestId,
  };
}

/** sha256(previous hash + canonical content), hex. */
export function entryHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256")
    .update(prevHash)
    .update(canonicalJson(contentOf(content)))
    .digest("hex");
}

export function chainEntry(prev: { seq: number; hash: string } | null, content: Omit<AuditContent, "seq">): AuditEntry {
  const seq = (prev?.seq ?? 0) + 1;
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const full = { ...content, seq };
  return { ...full, prevHash, hash: entryHash(prevHash, full) };
}

export type ChainBreak = "sequence_gap" | "previous_hash_mismatch" | "content_hash_mismatch" | "head_mismatch";

export interface ChainVerification {
  valid: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: ChainBreak | null;
}

/**
 * Walks the entries in stored order (by seq) and reports the first broken
 * link: a missing or repeated seq (a deleted or reordered row), a previous
 * hash that is not the one before it, a hash that does not match the content
 * (a modified row), or a chain that ends before its recorded head (the last
 * rows deleted).
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  head: { seq: number; hash: string } | null,
): ChainVerification {
  let prev: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  const broken = (seq: number, reason: ChainBreak): ChainVerification => ({
    valid: false,
    entries: entries.length,
    firstBrokenSeq: seq,
    reason,
  });
  for (const e of entries) {
    if (e.seq !== prev.seq + 1) return broken(prev.seq + 1, "sequence_gap");
    if (e.prevHash !== prev.hash) return broken(e.seq, "previous_hash_mismatch");
    if (entryHash(e.prevHash, e) !== e.hash) return broken(e.seq, "content_hash_mismatch");
    prev = { seq: e.seq, hash: e.hash };
  }
  const expected = head ?? { seq: 0, hash: GENESIS_HASH };
  if (expected.seq !== prev.seq || expected.hash !== prev.hash) return broken(prev.seq + 1, "head_mismatch");
  return { valid: true, entries: entries.length, firstBrokenSeq: null, reason: null };
}
