/**
 * Through the gateway, on PostgreSQL (the platform in one process):
 *
 * - safe retries (issue 19 item 4): a mutation retried with its idempotency key
 *   (registerActivity's and submitExpense's `clientId`) answers the same result
 *   and creates nothing twice, also when the retry runs while the first request
 *   is still in the database (the case after a timeout or a dropped connection);
 * - clear refusals at the edge (issue 18 finding 10, item 8): a receipt over its
 *   limit and a body over the gateway's limit answer 413 PAYLOAD_TOO_LARGE
 *   naming the field and the limit.
 *
 * - a real subgraph (reporting) stopped: a gateway in front of it answers 503
 *   SERVICE_UNAVAILABLE naming it, and answers again once a new reporting
 *   service listens on its port, without a restart of the gateway.
 *
 * The other outages (a process killed with SIGKILL, one crashing mid-request,
 * one too slow, a proxy's 502, a partial answer) are in
 * gateway/test/outages.test.ts, in front of stub subgraphs.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTokenVerifier } from "@meander/auth";
import { APP_ROLE, asRole, connectPostgres, queryRows } from "@meander/db";
import { createInProcessBus } from "@meander/events";
import { generateDemoData } from "@meander/fixtures";
import { createGateway } from "@meander/gateway";
import * as reporting from "@meander/reporting";
import { createLogger, type Service } from "@meander/subgraph-kit";
import { cloneDatabase, dataOf, gql, type TestDatabase } from "@meander/testing";
import { loadOrCreateKey, loadOrCreateMasterKey } from "../src/keys.js";
import { startPlatform, TOKEN_SETTINGS, type Platform } from "../src/platform.js";

const data = generateDemoData({
  seed: 19,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 1,
  contactsPerMentor: 1,
  activitiesPerMentor: 1,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const org = data.organizations[0]!;
const mentor = data.memberships.find((m) => m.role === "peer_mentor")!;
const admin = data.memberships.find((m) => m.role === "org_admin")!;
const keyDir = mkdtempSync(join(tmpdir(), "meander-outage-"));
const log = createLogger("outage", "silent");
let db: TestDatabase;
let platform: Platform;
let token: string;

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    keyDir,
    scheduledJobs: false,
    log,
  });
  token = await platform.mint({
    userId: mentor.userId,
    organizationId: org.id,
    localAssociationId: mentor.localAssociationId,
    role: "peer_mentor",
  });
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
  rmSync(keyDir, { recursive: true, force: true });
});

const REGISTER = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id status } }`;
const SUBMIT = `mutation($input: SubmitExpenseInput!) { submitExpense(input: $input) { id status amountOre } }`;
const UPLOAD = `mutation($input: UploadReceiptInput!) { uploadReceipt(input: $input) { id } }`;

const call = (query: string, variables: Record<string, unknown>) => gql(platform.url, query, variables, { token });
const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db.handle.db, query))[0]!.n;
const visit = (clientId: string) => ({
  activityTypeKey: "home_visit",
  durationMinutes: 45,
  activityDate: new Date(Date.now() - 3_600_000).toISOString(),
  clientId,
});

/**
 * Runs `send` twice at once while `table` is locked against writes, so both requests have begun (read, found
 * nothing stored under their key) before either may write: the race of a retry sent while the first is in flight.
 */
async function raced<T>(table: string, send: () => Promise<T>): Promise<[T, T]> {
  let answers: Promise<[T, T]> | undefined;
  await db.handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`lock table ${table} in share row exclusive mode`));
    answers = Promise.all([send(), send()]);
    // Both requests wait on a lock (the table's, or the key's) before the lock is let go.
    await expect
      .poll(
        () =>
          count(
            sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(2);
  });
  return answers!;
}

describe("a retried mutation with its idempotency key", () => {
  it("registerActivity: a retry, also one racing the first request, answers the same activity; one row and one event", async () => {
    const clientId = randomUUID();
    const [a, b] = await raced("activity.activity_keys", () => call(REGISTER, { input: visit(clientId) }));
    expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    expect(b.errors, JSON.stringify(b.errors)).toBeUndefined();
    const id = dataOf(a).registerActivity.id;
    expect(dataOf(b).registerActivity.id).toBe(id);
    expect(dataOf(await call(REGISTER, { input: visit(clientId) })).registerActivity.id).toBe(id);
    expect(await count(sql`select count(*)::int as n from activity.activity_keys where client_id = ${clientId}`)).toBe(
      1,
    );
    expect(await count(sql`select count(*)::int as n from activity.outbox where aggregate_id = ${id}`)).toBe(1);
  });

  it("submitExpense: a retry, also one racing the first request, answers the same expense; one row and one event", async () => {
    const activityId = dataOf(await call(REGISTER, { input: visit(randomUUID()) })).registerActivity.id as string;
    await platform.settle(); // finance learns of the activity from its event
    const claim = (clientId: string) => ({ activityId, expenseTypeKey: "parking", amountOre: 4_500, clientId });
    const clientId = randomUUID();
    const first = dataOf(await call(SUBMIT, { input: claim(clientId) })).submitExpense;
    expect(first).toMatchObject({ status: "SUBMITTED", amountOre: 4_500 });
    expect(dataOf(await call(SUBMIT, { input: claim(clientId) })).submitExpense).toEqual(first);

    const racing = randomUUID();
    const [a, b] = await raced("finance.expenses", () => call(SUBMIT, { input: claim(racing) }));
    expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    expect(dataOf(b).submitExpense).toEqual(dataOf(a).submitExpense);
    for (const key of [clientId, racing]) {
      expect(await count(sql`select count(*)::int as n from finance.expenses where client_id = ${key}`)).toBe(1);
    }
    expect(await count(sql`select count(*)::int as n from finance.expenses where activity_id = ${activityId}`)).toBe(2);
    expect(
      await count(
        sql`select count(*)::int as n from finance.outbox where type = 'finance.expense.submitted' and payload->>'activityId' = ${activityId}`,
      ),
    ).toBe(2);
  });
});

describe("refusals at the edge", () => {
  it("a receipt over its limit (11 MiB) answers 413 PAYLOAD_TOO_LARGE naming the field and the limit, and stores nothing", async () => {
    const activityId = dataOf(await call(REGISTER, { input: visit(randomUUID()) })).registerActivity.id as string;
    await platform.settle();
    const expense = dataOf(
      await call(SUBMIT, { input: { activityId, expenseTypeKey: "parking", amountOre: 3_000 } }),
    ).submitExpense;
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const r = await gql(
      platform.url.replace(/\/graphql$/, "/graphql/upload"),
      UPLOAD,
      {
        input: {
          expenseId: expense.id,
          fileName: "kvittering.pdf",
          contentType: "application/pdf",
          contentBase64: pdf.toString("base64"),
        },
      },
      { token },
    );
    expect(r.status, JSON.stringify(r.errors)).toBe(413);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      field: "contentBase64",
      limit: 10 * 1024 * 1024,
    });
    expect(await count(sql`select count(*)::int as n from finance.receipts where expense_id = ${expense.id}`)).toBe(0);
  });

  it("a body over the gateway's limit answers 413 PAYLOAD_TOO_LARGE naming the body and the limit", async () => {
    const r = await call(REGISTER, { input: { ...visit(randomUUID()), description: "x".repeat(200_000) } });
    expect(r.status).toBe(413);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", field: "body", limit: 100_000 });
  });
});

describe("a real subgraph stopped and started again", () => {
  it("answers 503 SERVICE_UNAVAILABLE naming reporting while it is down, and the data again once it is back, without a gateway restart", async () => {
    const key = await loadOrCreateKey(keyDir); // the platform's token key: the same verifier as its services
    const serving = connectPostgres(asRole(db.url, APP_ROLE), { max: 4 });
    const deps = {
      db: serving.db,
      bus: createInProcessBus({ onError: () => undefined }),
      verifier: createTokenVerifier({ keys: [key.publicJwk] }, TOKEN_SETTINGS),
      signingSecret: platform.signingSecret,
      log,
      scheduledJobs: false,
      masterKey: loadOrCreateMasterKey(keyDir),
    };
    let service: Service = await reporting.createSubgraph(deps);
    const { port, url } = await service.start(0);
    const gateway = createGateway({
      subgraphUrls: { ...platform.subgraphUrls, reporting: url },
      signingSecret: platform.signingSecret,
      verifier: deps.verifier,
      log,
      production: true,
    });
    const gatewayUrl = (await gateway.start(0)).url;
    const adminToken = await platform.mint({
      userId: admin.userId,
      organizationId: org.id,
      localAssociationId: admin.localAssociationId,
      role: "org_admin",
    });
    const STATS = `{ activityStatsByLocalAssociation { localAssociation { id } stats { approved } } }`;
    try {
      const up = await gql(gatewayUrl, STATS, {}, { token: adminToken });
      expect(up.errors, JSON.stringify(up.errors)).toBeUndefined();
      expect(up.data?.activityStatsByLocalAssociation.length).toBeGreaterThan(0);

      await service.stop();
      const down = await gql(gatewayUrl, STATS, {}, { token: adminToken });
      expect(down.status).toBe(503);
      expect(Number(down.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(down.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "reporting" });

      service = await reporting.createSubgraph(deps);
      await service.start(port);
      const back = await gql(gatewayUrl, STATS, {}, { token: adminToken });
      expect(back.status).toBe(200);
      expect(back.data).toEqual(up.data);
    } finally {
      await gateway.stop();
      await service.stop();
      await serving.close();
    }
  });
});
