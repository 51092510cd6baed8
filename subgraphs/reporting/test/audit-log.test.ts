import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { enterOrganization } from "@meander/privacy/access-export";
import { reportingExportPart } from "../src/application/privacy/access-export-part.js";

let h: SubgraphHarness;
const SOURCES = ["identity", "organization", "activity", "finance", "engagement", "reporting"] as const;
const globalAdmin = { userId: randomUUID(), organizationId: null, role: "global_admin" as const };
const adminOf = (organizationId: string) => ({
  userId: randomUUID(),
  organizationId,
  localAssociationId: null,
  role: "org_admin" as const,
});

function auditEvent(organizationId: string | null, i: number) {
  const source = SOURCES[i % SOURCES.length]!;
  return makeEvent(
    `${source}.audit.recorded`,
    {
      action: `action_${i}`,
      actorId: randomUUID(),
      actorRole: "org_admin",
      organizationId,
      operationName: `Op${i}`,
      fields: [`field${i}`],
      requestId: randomUUID(),
    },
    // One aggregate per chain: one partition, so the order of delivery is the order published.
    { organizationId, aggregateId: organizationId ?? undefined },
  );
}

const deliver = (...events: Parameters<SubgraphHarness["bus"]["publish"]>[0]) => deliverAndWait(h, events);

/** A fresh organization with `n` chained entries (one event after the other, so the order is known). */
async function chainOf(n: number) {
  const org = randomUUID();
  const events = Array.from({ length: n }, (_, i) => auditEvent(org, i));
  await deliver(...events);
  return { org, events };
}

const VERIFY = `query($org: ID) { verifyAuditChain(organizationId: $org) { organizationId valid entries firstBrokenSeq reason } }`;
async function verify(org: string | null, viewer: object = globalAdmin) {
  const r = await h.call(VERIFY, { org }, viewer as never);
  expect(r.errors).toBeUndefined();
  return r.data!.verifyAuditChain;
}

/** Tampering as an attacker with database access would: around the append-only triggers. */
async function tamper(...statements: ReturnType<typeof sql>[]) {
  await h.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const statement of statements) await tx.execute(statement);
  });
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
});

afterAll(() => h?.stop());

describe("audit log: the hash chain", () => {
  it("chains every subgraph's audit entries per organization, once each however often delivered, and verifies intact", async () => {
    const { org, events } = await chainOf(6);
    const other = auditEvent(randomUUID(), 1);
    await deliver(other);
    await h.bus.publish(events); // redelivery appends nothing
    await h.bus.idle();
    const rows = await queryRows<{ seq: number; event_type: string; prev_hash: string; hash: string }>(
      h.db,
      sql`select seq, event_type, prev_hash, hash from reporting.audit_log where chain_id = ${org} order by seq`,
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    // (Each source has its own topic, so the chain's order between sources is the order of arrival.)
    expect(rows.map((r) => r.event_type).sort()).toEqual(SOURCES.map((s) => `${s}.audit.recorded`).sort());
    expect(rows[0]!.prev_hash).toBe("0".repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(await verify(org)).toEqual({
      organizationId: org,
      valid: true,
      entries: 6,
      firstBrokenSeq: null,
      reason: null,
    });
    expect(await verify(other.organizationId)).toMatchObject({ valid: true, entries: 1 });
  });

  it("keeps entries of no organization in the global chain", async () => {
    // (A global administrator's reads are audited into this chain too, by the subgraph kit.)
    const events = [auditEvent(null, 0), auditEvent(null, 1)];
    await deliver(...events);
    const rows = await queryRows<{ organization_id: string | null }>(
      h.db,
      sql`select organization_id from reporting.audit_log where chain_id = '00000000-0000-0000-0000-000000000000' and event_id in (${events[0]!.id}, ${events[1]!.id})`,
    );
    expect(rows).toEqual([{ organization_id: null }, { organization_id: null }]);
    const result = await verify(null);
    expect(result).toMatchObject({ organizationId: null, valid: true });
    expect(result.entries).toBeGreaterThanOrEqual(2);
  });

  it("refuses updates and deletes in the database", async () => {
    const { org } = await chainOf(1);
    await expect(
      h.db.execute(sql`update reporting.audit_log set action = 'x' where chain_id = ${org}`),
    ).rejects.toThrow();
    await expect(h.db.execute(sql`delete from reporting.audit_log where chain_id = ${org}`)).rejects.toThrow();
    expect(await verify(org)).toMatchObject({ valid: true, entries: 1 });
  });

  it("detects a modified row", async () => {
    const { org } = await chainOf(5);
    await tamper(sql`update reporting.audit_log set action = 'nothing_happened' where chain_id = ${org} and seq = 3`);
    expect(await verify(org)).toMatchObject({ valid: false, firstBrokenSeq: 3, reason: "content_hash_mismatch" });
  });

  it("detects a modified row whose hash was recomputed (the next link breaks)", async () => {
    const { org } = await chainOf(4);
    await tamper(
      sql`update reporting.audit_log set fields = '["other"]'::jsonb, hash = repeat('a', 64) where chain_id = ${org} and seq = 2`,
    );
    const r = await verify(org);
    expect(r.valid).toBe(false);
    expect(r.firstBrokenSeq).toBe(2);
  });

  it("detects a deleted row in the middle and at the end", async () => {
    const middle = await chainOf(4);
    await tamper(sql`delete from reporting.audit_log where chain_id = ${middle.org} and seq = 2`);
    expect(await verify(middle.org)).toMatchObject({ valid: false, firstBrokenSeq: 2, reason: "sequence_gap" });
    const tail = await chainOf(3);
    await tamper(sql`delete from reporting.audit_log where chain_id = ${tail.org} and seq = 3`);
    expect(await verify(tail.org)).toMatchObject({ valid: false, firstBrokenSeq: 3, reason: "head_mismatch" });
  });

  it("detects reordered rows", async () => {
    const { org } = await chainOf(4);
    await tamper(
      sql`update reporting.audit_log set seq = -1 where chain_id = ${org} and seq = 2`,
      sql`update reporting.audit_log set seq = 2 where chain_id = ${org} and seq = 3`,
      sql`update reporting.audit_log set seq = 3 where chain_id = ${org} and seq = -1`,
    );
    expect(await verify(org)).toMatchObject({ valid: false, firstBrokenSeq: 2, reason: "previous_hash_mismatch" });
  });

  it("lets global administrators verify any chain and organization administrators only their own", async () => {
    const { org } = await chainOf(1);
    expect(await verify(null, adminOf(org))).toMatchObject({ organizationId: org, valid: true, entries: 1 });
    expect((await h.call(VERIFY, { org: randomUUID() }, adminOf(org))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await h.call(VERIFY, { org }, { ...adminOf(org), role: "coordinator" as const })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await h.raw(VERIFY, { org }, { signingSecret: h.signingSecret })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("reporting: its part of a subject access export (issue 24 item 3)", () => {
  it("holds the audit entries about the person and by them, in their organization's chain, without the chain's hashes", async () => {
    const org = randomUUID();
    const person = randomUUID();
    const contact = randomUUID();
    const entry = (action: string, actorId: string, subject: { type: string; id: string } | null) =>
      makeEvent(
        "activity.audit.recorded",
        {
          action,
          actorId,
          actorRole: "peer_mentor",
          organizationId: org,
          subjectType: subject?.type ?? null,
          subjectId: subject?.id ?? null,
          operationName: null,
          fields: [],
          requestId: randomUUID(),
        },
        { organizationId: org, aggregateId: org },
      );
    await deliver(
      entry("contact.created", person, { type: "Contact", id: contact }),
      entry("contact.health_info.read", randomUUID(), { type: "Contact", id: contact }),
      entry("activity.approved", randomUUID(), { type: "User", id: person }),
      entry("other", randomUUID(), null),
    );
    const build = (subject: { contactId: string | null; userId: string | null }) =>
      h.db.transaction(async (tx) => {
        await enterOrganization(tx, org);
        return reportingExportPart(tx, { requestId: randomUUID(), organizationId: org, subject });
      });
    const mine = await build({ contactId: null, userId: person });
    expect(mine.categories.auditEntries!.map((e) => e.action).sort()).toEqual(["activity.approved", "contact.created"]);
    expect(JSON.stringify(mine.categories.auditEntries)).not.toMatch(/"(hash|prevHash)"/);
    for (const key of ["activityFacts", "expenseFacts", "payouts", "badges", "certifications", "annualSummaries"])
      expect(mine.categories).toHaveProperty(key);
    const theirs = await build({ contactId: contact, userId: null });
    expect(theirs.categories.auditEntries!.map((e) => e.action).sort()).toEqual([
      "contact.created",
      "contact.health_info.read",
    ]);
  });
});
