/**
 * Bulk registration (rows and CSV), offline sync and the input rules that come
 * with them: bulk_batch_atomicity, bulk_fields_consistency, status_enum,
 * offline_sync_conflict_resolution. Statements are counted on the service's
 * own pool (every client it hands out is wrapped).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logStatements, queryRows, type LoggedStatement } from "@meander/db";
import type { EventEnvelope } from "@meander/events";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, REGISTER, register, type World } from "./world.js";

let h: SubgraphHarness;
let w: World;
const delivered: EventEnvelope[] = [];
/** Every statement the service sent, with the pool client that sent it. */
let statements: LoggedStatement[] = [];

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  w = await arrangeWorld(h);
  await h.bus.subscribe({ group: "probe", topics: ["meander.activity"], handler: async (e) => void delivered.push(e) });
  if (h.database.app.kind !== "postgres") throw new Error("statement counting needs the pg pool");
  statements = logStatements(h.database.app.pool);
});

afterAll(() => h?.stop());

const BULK = `mutation($activities: [RegisterActivityInput!]!) {
  registerActivities(activities: $activities) { bulkBatchId count activities { id isBulkRegistration bulkBatchId userId status } }
}`;
const CSV = `mutation($csv: String!) { registerActivitiesCsv(csv: $csv) { bulkBatchId count activities { id activityType durationMinutes isBulkRegistration bulkBatchId contactId } } }`;
const SYNC = `mutation($activities: [RegisterActivityInput!]!) {
  syncActivities(activities: $activities) { clientId outcome errors { rule field } activity { id title durationMinutes syncedAt status } }
}`;

const count = async (where: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from activity.activities where ${where}`))[0]!.n;

const phoneCalls = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    activityTypeKey: "phone_call",
    activityDate: daysAgo(1 + (i % 300)),
    durationMinutes: 10 + (i % 50),
    title: `Samtale ${i}`,
  }));

describe("bulk registration (bulk_batch_atomicity)", () => {
  it("bulk_batch_atomicity: 500 rows with bad rows write nothing and name every failing row with its rule", async () => {
    const rows: Array<Record<string, unknown>> = phoneCalls(500);
    rows[237] = { ...rows[237], durationMinutes: 0 };
    rows[411] = { ...rows[411], activityTypeKey: "skydiving" };
    rows[499] = { ...rows[499], contactId: w.contact.b1.id };
    const before = await count(sql`user_id = ${w.user.ola}`);
    const outboxBefore = (await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from activity.outbox`))[0]!
      .n;
    const r = await h.call(BULK, { activities: rows }, w.as(w.user.ola));
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "bulk_batch_atomicity",
      field: "activities",
    });
    expect(r.errors![0]!.extensions!.rows).toEqual([
      expect.objectContaining({ row: 237, rule: "duration_range", field: "durationMinutes" }),
      expect.objectContaining({ row: 411, rule: "activity_type_enum", field: "activityTypeKey" }),
      expect.objectContaining({ row: 499, rule: "valid_contact_reference", field: "contactId" }),
    ]);
    expect(await count(sql`user_id = ${w.user.ola}`)).toBe(before);
    expect((await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from activity.outbox`))[0]!.n).toBe(
      outboxBefore,
    );
  });

  it("bulk_batch_atomicity: a row with two faults lists both, in rows and as violations with the row's path", async () => {
    const rows = [...phoneCalls(2), { activityTypeKey: "skydiving", durationMinutes: 0, activityDate: daysAgo(1) }];
    const r = await h.call(BULK, { activities: rows }, w.as(w.user.ola));
    expect(r.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "bulk_batch_atomicity",
      field: "activities",
      rows: [
        expect.objectContaining({ row: 2, rule: "activity_type_enum" }),
        expect.objectContaining({ row: 2, rule: "duration_range" }),
      ],
      violations: [
        { field: "activities[2].activityTypeKey", rule: "activity_type_enum", message: expect.any(String) },
        { field: "activities[2].durationMinutes", rule: "duration_range", message: expect.any(String) },
      ],
    });
    // Worded once, from the catalog with the domain's params: bokmål by default, else the caller's Accept-Language.
    const said = (x: typeof r) =>
      (x.errors![0]!.extensions!.violations as Array<{ message: string }>).map((v) => v.message);
    expect(r.errors![0]!.message).toBe("1 rad(er) har feil; ingenting ble registrert");
    expect(said(r)).toEqual([
      "«skydiving» er ikke en aktiv aktivitetstype i organisasjonen",
      "Varigheten må være 1 til 1440 minutter",
    ]);
    const asOla = async (lang: string, query: string, variables: Record<string, unknown>) =>
      h.raw(query, variables, {
        signingSecret: h.signingSecret,
        token: await h.keys.mint(w.as(w.user.ola)),
        headers: { "accept-language": lang },
      });
    const en = await asOla("en", BULK, { activities: rows });
    expect(said(en)).toEqual([
      "«skydiving» is not an active activity type of the organization",
      "The duration must be 1 to 1440 minutes",
    ]);
    expect(en.errors![0]!.extensions!.rows).toEqual([
      {
        row: 2,
        rule: "activity_type_enum",
        field: "activityTypeKey",
        message: "«skydiving» is not an active activity type of the organization",
      },
      { row: 2, rule: "duration_range", field: "durationMinutes", message: "The duration must be 1 to 1440 minutes" },
    ]);
    const nn = await asOla(
      "nn",
      `mutation($a: [RegisterActivityInput!]!) { syncActivities(activities: $a) { outcome errors { rule message } } }`,
      {
        a: [{ ...rows[2], clientId: randomUUID() }],
      },
    );
    expect(nn.data!.syncActivities[0].errors).toEqual([
      { rule: "activity_type_enum", message: "«skydiving» er ikkje ein aktiv aktivitetstype i organisasjonen" },
      { rule: "duration_range", message: "Varigheita må vere 1 til 1440 minutt" },
    ]);
  });

  it("bulk_batch_atomicity: 500 good rows take one transaction and a handful of multi-row statements", async () => {
    statements.length = 0;
    const r = await h.call(BULK, { activities: phoneCalls(500) }, w.as(w.user.ola));
    expect(r.errors).toBeUndefined();
    const bulk = r.data!.registerActivities;
    expect(bulk.count).toBe(500);
    expect(new Set(bulk.activities.map((a: { bulkBatchId: string }) => a.bulkBatchId))).toEqual(
      new Set([bulk.bulkBatchId]),
    );
    expect(
      bulk.activities.every(
        (a: { isBulkRegistration: boolean; userId: string }) => a.isBulkRegistration && a.userId === w.user.ola,
      ),
    ).toBe(true);
    expect(await count(sql`bulk_batch_id = ${bulk.bulkBatchId}`)).toBe(500);

    const inserts = statements.filter((s) => s.text.startsWith('insert into "activity"."activities"'));
    expect(inserts).toHaveLength(1);
    const own = statements.filter((s) => s.client === inserts[0]!.client);
    const begin = own.findLastIndex((s, i) => s.text === "begin" && i < own.indexOf(inserts[0]!));
    const commit = own.findIndex((s, i) => s.text === "commit" && i > begin);
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(commit).toBeGreaterThan(begin);
    const tx = own.slice(begin, commit + 1);
    expect(tx.filter((s) => s.text === "begin")).toHaveLength(1);
    // The use case's own statements plus the request transaction's constant frame (row-level security: scope,
    // role, the pre-commit probe, a savepoint around the use case): a handful, never one per row.
    expect(tx.length).toBeLessThanOrEqual(20);
    expect(tx.filter((s) => s.text.startsWith('insert into "activity"."outbox"')).length).toBeLessThanOrEqual(2);
    await expect
      .poll(
        () => delivered.filter((e) => (e.payload as { bulkBatchId?: string }).bulkBatchId === bulk.bulkBatchId).length,
        { timeout: 30_000, interval: 100 },
      )
      .toBe(500);
  });

  it("stores every value of a bulk row as sent: quotes, backslashes, braces, commas, the word NULL, Norwegian letters, JSON metadata", async () => {
    // The rows travel to PostgreSQL as one array per column (bulkInsert, packages/db/src/bulk-insert.ts): nothing may be split, unquoted or lost.
    const awkward = [
      {
        title: 'Tur i "Nordmarka", {pause}',
        description: "C:\\mapper\\notat \\\\ slutt",
        location: "NULL",
        metadata: { source: "app", tags: ["a,b", '"c"', "{d}"], note: 'æøå ÆØÅ \\ "' },
      },
      { title: "NULL", description: null, location: "  mellomrom  ", metadata: "bare tekst" },
      { title: "Blåbærtur", description: "linje 1\nlinje 2\ttab", location: null, metadata: null },
    ].map((x, i) => ({ activityTypeKey: "phone_call", activityDate: daysAgo(3 + i), durationMinutes: 30, ...x }));
    const r = await h.call(
      `mutation($activities: [RegisterActivityInput!]!) { registerActivities(activities: $activities) { activities { id title description location metadata } } }`,
      { activities: awkward },
      w.as(w.user.ola),
    );
    expect(r.errors).toBeUndefined();
    const created = r.data!.registerActivities.activities as Array<{
      id: string;
      title: string;
      description: string | null;
      location: string | null;
      metadata: unknown;
    }>;
    const stored = await queryRows<{
      id: string;
      title: string;
      description: string | null;
      location: string | null;
      metadata: unknown;
    }>(
      h.db,
      sql`select id, title, description, location, metadata from activity.activities where id in ${created.map((c) => c.id)}`,
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    awkward.forEach((sent, i) => {
      const expected = {
        title: sent.title,
        description: sent.description,
        location: sent.location?.trim() || null,
        metadata: sent.metadata,
      };
      expect(created[i]).toMatchObject(expected);
      expect(byId.get(created[i]!.id)).toMatchObject(expected);
    });
  });

  it("registers a coordinator's group meeting for several mentors in one call (proxy rows; coordinator_proxy_scope per row)", async () => {
    const mk = (userId: string) => ({
      activityTypeKey: "group_meeting",
      isProxyRegistration: true,
      userId,
      participantCount: 6,
      durationMinutes: 90,
      activityDate: daysAgo(2),
    });
    const ok = await h.call(BULK, { activities: [mk(w.user.kari), mk(w.user.ola)] }, w.as(w.user.coord));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerActivities.activities.map((a: { userId: string }) => a.userId)).toEqual([
      w.user.kari,
      w.user.ola,
    ]);
    const bad = await h.call(
      BULK,
      { activities: [mk(w.user.kari), mk(w.user.per), mk(w.user.nina)] },
      w.as(w.user.coord),
    );
    expect(bad.errors![0]!.extensions!.rows).toEqual([
      expect.objectContaining({ row: 1, rule: "coordinator_proxy_scope" }),
      expect.objectContaining({ row: 2, rule: "valid_user_reference" }),
    ]);
  });

  it("bulk_batch_atomicity (CSV): a file of visits registers as one batch; a bad file names its lines", async () => {
    const header = "activity_type,activity_date,duration_minutes,contact_id,title";
    const good = [
      header,
      `home_visit,${daysAgo(20)},60,${w.contact.a1.id},Besøk`,
      `phone_call,${daysAgo(21)},15,,`,
      `home_visit,${daysAgo(22)},45,,Tur`,
    ].join("\n");
    const r = await h.call(CSV, { csv: good }, w.as(w.user.kari));
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerActivitiesCsv).toMatchObject({ count: 3 });
    expect(r.data!.registerActivitiesCsv.activities[0]).toMatchObject({
      activityType: "home_visit",
      durationMinutes: 60,
      contactId: w.contact.a1.id,
      isBulkRegistration: true,
    });

    const bad = [
      header,
      `home_visit,${daysAgo(20)},60,,`,
      `home_visit,not a date,60,,`,
      `home_visit,${daysAgo(20)},-5,,`,
      `bingo,${daysAgo(20)},5,,`,
    ].join("\n");
    const refused = await h.call(CSV, { csv: bad }, w.as(w.user.kari));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "bulk_batch_atomicity" });
    expect(refused.errors![0]!.extensions!.rows).toEqual([
      expect.objectContaining({ row: 3, rule: "date_format", field: "activityDate" }),
      expect.objectContaining({ row: 4, rule: "duration_range" }),
      expect.objectContaining({ row: 5, rule: "activity_type_enum" }),
    ]);
    const unreadable = await h.call(CSV, { csv: 'activity_type\n"unterminated' }, w.as(w.user.kari));
    expect(unreadable.errors![0]!.extensions).toMatchObject({ rule: "csv_format", field: "csv" });
  });
});

describe("registration input rules", () => {
  it("bulk_fields_consistency: a bulk flag needs its batch id and a batch id needs the flag", async () => {
    const noBatch = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", isBulkRegistration: true } },
      w.as(w.user.kari),
    );
    expect(noBatch.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "bulk_fields_consistency",
      field: "bulkBatchId",
    });
    const noFlag = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", bulkBatchId: randomUUID() } },
      w.as(w.user.kari),
    );
    expect(noFlag.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "bulk_fields_consistency",
      field: "isBulkRegistration",
    });
    const batch = randomUUID();
    const id = await register(h, w.as(w.user.kari), { isBulkRegistration: true, bulkBatchId: batch });
    expect(await count(sql`id = ${id} and is_bulk_registration and bulk_batch_id = ${batch}`)).toBe(1);
  });

  it("status_enum: a status outside the seed's enum is refused; a new activity starts as draft or pending_review", async () => {
    const unknown = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", status: "finished" } },
      w.as(w.user.kari),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "status_enum",
      field: "status",
    });
    const approved = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", status: "approved" } },
      w.as(w.user.kari),
    );
    expect(approved.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "approval_workflow_transition",
      field: "status",
    });
    const draft = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", status: "DRAFT" } },
      w.as(w.user.kari),
    );
    expect(draft.data!.registerActivity.status).toBe("DRAFT");
    const submit = `mutation($id: ID!) { submitActivity(id: $id) { status } }`;
    const byOther = await h.call(submit, { id: draft.data!.registerActivity.id }, w.as(w.user.ola));
    expect(byOther.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(
      (await h.call(submit, { id: draft.data!.registerActivity.id }, w.as(w.user.kari))).data!.submitActivity.status,
    ).toBe("PENDING_REVIEW");
  });
});

describe("offline sync (offline_sync_conflict_resolution)", () => {
  it("offline_sync_conflict_resolution: re-sending an activity with the same client id returns the stored one and writes nothing", async () => {
    const clientId = `phone-${randomUUID()}`;
    const input = { activityTypeKey: "home_visit", clientId, activityDate: daysAgo(3), title: "Offline besøk" };
    const first = await h.call(REGISTER, { input }, w.as(w.user.kari));
    const again = await h.call(REGISTER, { input: { ...input, title: "Endret på telefonen" } }, w.as(w.user.kari));
    expect(again.data!.registerActivity).toEqual(first.data!.registerActivity);
    expect(again.data!.registerActivity.title).toBe("Offline besøk");
    const keys = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from activity.activity_keys where client_id = ${clientId}`,
    );
    expect(keys[0]!.n).toBe(1);
    await h.bus.idle();
    await expect
      .poll(() => delivered.filter((e) => e.aggregateId === first.data!.registerActivity.id).length, {
        timeout: 20_000,
        interval: 100,
      })
      .toBe(1);
    const stranger = await h.call(REGISTER, { input }, w.as(w.user.ola));
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      rule: "offline_sync_conflict_resolution",
      field: "clientId",
    });
  });

  it("offline_sync_conflict_resolution: a batch sync creates new rows with syncedAt, returns the server version on conflict and refuses bad rows alone", async () => {
    const ids = { known: `c-${randomUUID()}`, fresh: `c-${randomUUID()}`, bad: `c-${randomUUID()}` };
    await register(h, w.as(w.user.kari), {
      clientId: ids.known,
      title: "Serverens versjon",
      durationMinutes: 40,
      activityDate: daysAgo(5),
    });
    const batch = [
      {
        clientId: ids.known,
        activityTypeKey: "home_visit",
        title: "Telefonens versjon",
        durationMinutes: 40,
        activityDate: daysAgo(5),
      },
      { clientId: ids.fresh, activityTypeKey: "phone_call", durationMinutes: 20, activityDate: daysAgo(4) },
      { clientId: ids.bad, activityTypeKey: "phone_call", durationMinutes: 0, activityDate: daysAgo(4) },
    ];
    const before = Date.now();
    const r = await h.call(SYNC, { activities: batch }, w.as(w.user.kari));
    expect(r.errors).toBeUndefined();
    const [known, fresh, bad] = r.data!.syncActivities;
    expect(known).toMatchObject({
      clientId: ids.known,
      outcome: "CONFLICT_SERVER_WINS",
      activity: { title: "Serverens versjon", syncedAt: null },
    });
    expect(fresh).toMatchObject({
      clientId: ids.fresh,
      outcome: "CREATED",
      activity: { durationMinutes: 20, status: "PENDING_REVIEW" },
    });
    expect(Date.parse(fresh.activity.syncedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(bad).toMatchObject({
      clientId: ids.bad,
      outcome: "REFUSED",
      activity: null,
      errors: [{ rule: "duration_range", field: "durationMinutes" }],
    });

    const again = await h.call(SYNC, { activities: batch.slice(1, 2) }, w.as(w.user.kari));
    expect(again.data!.syncActivities[0]).toMatchObject({
      outcome: "ALREADY_SYNCED",
      activity: { id: fresh.activity.id },
    });
    const keys = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from activity.activity_keys where client_id in (${ids.known}, ${ids.fresh}, ${ids.bad})`,
    );
    expect(keys[0]!.n).toBe(2);
  });

  it("offline_sync_conflict_resolution: a refused row lists every fault of its own; the others sync", async () => {
    const batch = [
      { activityTypeKey: "home_visit", clientId: randomUUID(), activityDate: daysAgo(1) },
      { activityTypeKey: "skydiving", clientId: randomUUID(), durationMinutes: 0, activityDate: daysAgo(1) },
    ];
    const r = await h.call(SYNC, { activities: batch }, w.as(w.user.kari));
    expect(r.errors).toBeUndefined();
    expect(r.data!.syncActivities.map((x: { outcome: string }) => x.outcome)).toEqual(["CREATED", "REFUSED"]);
    expect(r.data!.syncActivities[1].errors).toEqual([
      { rule: "activity_type_enum", field: "activityTypeKey" },
      { rule: "duration_range", field: "durationMinutes" },
    ]);
    const missing = await h.call(
      SYNC,
      { activities: [{ activityTypeKey: "home_visit" }, { activityTypeKey: "home_visit" }] },
      w.as(w.user.kari),
    );
    expect((missing.errors![0]!.extensions!.violations as Array<{ field: string }>).map((v) => v.field)).toEqual([
      "activities[0].clientId",
      "activities[1].clientId",
    ]);
  });

  it("offline_sync_conflict_resolution: every synced row needs a client id, once per batch", async () => {
    const missing = await h.call(SYNC, { activities: [{ activityTypeKey: "home_visit" }] }, w.as(w.user.kari));
    expect(missing.errors?.[0]?.extensions).toMatchObject({ rule: "required_fields" });
    const twice = await h.call(
      SYNC,
      {
        activities: [
          { activityTypeKey: "home_visit", clientId: "x" },
          { activityTypeKey: "home_visit", clientId: "x" },
        ],
      },
      w.as(w.user.kari),
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      rule: "offline_sync_conflict_resolution",
      field: "clientId",
    });
  });
});
