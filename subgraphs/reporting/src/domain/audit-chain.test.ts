import { describe, expect, it } from "vitest";
import { canonicalJson, chainEntry, entryHash, GENESIS_HASH, verifyChain, type AuditEntry } from "./audit-chain.js";

const content = (i: number) => ({
  eventId: `e${i}`,
  eventType: "activity.audit.recorded",
  occurredAt: `2025-01-0${i}T00:00:00.000Z`,
  action: `a${i}`,
  actorId: "u",
  actorRole: "org_admin",
  organizationId: "o",
  operationName: null,
  fields: [`f${i}`],
  requestId: `r${i}`,
});

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) out.push(chainEntry(out.at(-1) ?? null, content(i)));
  return out;
}
const headOf = (c: AuditEntry[]) => ({ seq: c.at(-1)!.seq, hash: c.at(-1)!.hash });

describe("audit chain", () => {
  it("hashes the subject when an entry has one, and keeps the hashes of entries from before subjects", () => {
    const c = { ...content(1), seq: 1 };
    expect(entryHash(GENESIS_HASH, { ...c, subjectType: null, subjectId: null })).toBe(entryHash(GENESIS_HASH, c));
    const about = { ...c, subjectType: "Activity", subjectId: "a" };
    expect(entryHash(GENESIS_HASH, about)).not.toBe(entryHash(GENESIS_HASH, c));
    expect(entryHash(GENESIS_HASH, about)).not.toBe(entryHash(GENESIS_HASH, { ...about, subjectId: "b" }));
    expect(entryHash(GENESIS_HASH, { ...c, actorId: null })).not.toBe(entryHash(GENESIS_HASH, c));
  });

  it("hashes canonical content: key order does not matter, every value does", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    const c = { ...content(1), seq: 1 };
    expect(entryHash(GENESIS_HASH, c)).toBe(
      entryHash(GENESIS_HASH, Object.fromEntries(Object.entries(c).reverse()) as typeof c),
    );
    expect(entryHash(GENESIS_HASH, c)).not.toBe(entryHash(GENESIS_HASH, { ...c, action: "x" }));
    expect(entryHash(GENESIS_HASH, c)).not.toBe(entryHash("1".repeat(64), c));
  });

  it("links each entry to the one before it and verifies an intact chain", () => {
    const c = chain(4);
    expect(c.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(c[0]!.prevHash).toBe(GENESIS_HASH);
    expect(c[2]!.prevHash).toBe(c[1]!.hash);
    expect(verifyChain(c, headOf(c))).toEqual({ valid: true, entries: 4, firstBrokenSeq: null, reason: null });
    expect(verifyChain([], null).valid).toBe(true);
  });

  it("finds the first broken link of a modified, deleted or reordered entry", () => {
    const c = chain(4);
    const head = headOf(c);
    expect(
      verifyChain(
        c.map((e) => (e.seq === 2 ? { ...e, action: "x" } : e)),
        head,
      ),
    ).toMatchObject({ firstBrokenSeq: 2, reason: "content_hash_mismatch" });
    expect(
      verifyChain(
        c.filter((e) => e.seq !== 3),
        head,
      ),
    ).toMatchObject({ firstBrokenSeq: 3, reason: "sequence_gap" });
    expect(verifyChain(c.slice(0, 3), head)).toMatchObject({ firstBrokenSeq: 4, reason: "head_mismatch" });
    const swapped = [c[0]!, { ...c[2]!, seq: 2 }, { ...c[1]!, seq: 3 }, c[3]!];
    expect(verifyChain(swapped, head)).toMatchObject({ firstBrokenSeq: 2, reason: "previous_hash_mismatch" });
  });
});
