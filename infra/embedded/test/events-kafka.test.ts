/**
 * Domain events over a real Kafka broker, through the whole platform: an
 * approval reaches reporting's read model, and a 30-second broker outage loses
 * nothing (the outbox keeps the events, the relay retries, the backlog drains).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { queryRows } from "@meander/db";
import { generateDemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, dataOf, gql, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";
import { broker, eventually } from "./kafka-broker.js";

const kafka = broker(9192);
const data = generateDemoData({ seed: 5, regionsPerOrganization: 1, associationsPerRegion: 1, mentorsPerAssociation: 3, activitiesPerMentor: 3, referenceDate: new Date("2026-10-01T12:00:00Z") });
const org = data.organizations[0]!;
const coordinator = data.memberships.find((m) => m.role === "coordinator")!;
const mentors = data.memberships.filter((m) => m.role === "peer_mentor");
let db: TestDatabase;
let platform: Platform;
let token: string;

beforeAll(async () => {
  kafka.start();
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    events: { kind: "kafka", brokers: kafka.brokers, namespace: `t${randomUUID().slice(0, 8)}` },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("kafka-e2e", "silent"),
  });
  token = await platform.mint({ userId: coordinator.userId, organizationId: org.id, localAssociationId: coordinator.localAssociationId, role: "coordinator" });
}, 240_000);

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
  kafka.stop();
});

/** The coordinator's local association's counters in reporting's read model, through the gateway. */
async function stats() {
  const r = await gql(platform.url, `{ activityStatsByLocalAssociation { localAssociation { id } stats { registered pending approved } } }`, {}, { token });
  return dataOf(r).activityStatsByLocalAssociation.find((s: any) => s.localAssociation.id === coordinator.localAssociationId).stats as { registered: number; pending: number; approved: number };
}
const call = async (query: string, variables: Record<string, unknown>) => dataOf(await gql(platform.url, query, variables, { token }));

async function registerFor(userId: string) {
  const input = { activityTypeKey: "home_visit", durationMinutes: 45, isProxyRegistration: true, userId, activityDate: new Date(Date.now() - 3600_000).toISOString() };
  return (await call(`mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`, { input })).registerActivity.id as string;
}
const activityBase = () => platform.subgraphUrls.activity.replace("/graphql", "");
async function readiness() {
  const res = await fetch(`${activityBase()}/readyz`);
  return { code: res.status, ...((await res.json()) as { status: string; degraded: string[] }) };
}
const approve = (id: string) => call(`mutation($id: ID!) { approveActivity(id: $id) { id status } }`, { id });

describe("events over Kafka", () => {
  it("the seeded data reached reporting through the broker", async () => {
    const inLa = data.activities.filter((a) => a.localAssociationId === coordinator.localAssociationId);
    expect(await stats()).toMatchObject({ registered: inLa.length, approved: inLa.filter((a) => a.status === "approved").length });
  });

  it("an activity approved in activity shows up in reporting's read model", async () => {
    const before = await stats();
    const id = await registerFor(mentors[0]!.userId);
    expect((await approve(id)).approveActivity.status).toBe("APPROVED");
    const after = await eventually(stats, (s) => s.approved === before.approved + 1);
    expect(after).toEqual({ registered: before.registered + 1, pending: before.pending, approved: before.approved + 1 });
  });

  it("loses nothing while the broker is down for 30 seconds, and drains the backlog after", async () => {
    const before = await stats();
    kafka.pause();
    const ids: string[] = [];
    for (const m of mentors) ids.push(await registerFor(m.userId));
    for (const id of ids) expect((await approve(id)).approveActivity.status).toBe("APPROVED");
    const unsent = () => queryRows<{ n: number }>(db.handle.db, sql`select count(*)::int as n from activity.outbox where sent_at is null`);
    expect((await unsent())[0]!.n).toBeGreaterThanOrEqual(ids.length * 2);
    // Issue 19: the status answers within a second while the broker is away (the backlog from the database, lag
    // "unknown"), and readiness stays 200 but says why the service is degraded.
    const started = Date.now();
    const status = await fetch(`${activityBase()}/events/status`);
    expect(Date.now() - started).toBeLessThan(1_000);
    const body = (await status.json()) as { outbox: { unsent: number }; consumers: Array<{ lag: unknown }> };
    expect(body.outbox.unsent).toBe((await unsent())[0]!.n);
    expect(body.consumers.length).toBeGreaterThan(0);
    expect(body.consumers.every((c) => c.lag === "unknown")).toBe(true);
    const degraded = await eventually(readiness, (r) => r.status === "degraded");
    expect(degraded.code).toBe(200);
    expect(degraded.degraded.join(" ")).toMatch(/broker/);
    await new Promise((r) => setTimeout(r, 30_000));
    expect((await stats()).approved).toBe(before.approved);
    kafka.resume();
    const after = await eventually(stats, (s) => s.approved === before.approved + ids.length, 90_000);
    expect(after.registered).toBe(before.registered + ids.length);
    expect((await unsent())[0]!.n).toBe(0);
    expect(await eventually(readiness, (r) => r.status === "ready")).toMatchObject({ code: 200, degraded: [] });
  }, 180_000);
});
