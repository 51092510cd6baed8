/**
 * Persisted report queries (issue 9 item 5) through GraphQL against PostgreSQL:
 * validation rules (each names its rule and field, nothing is saved), the
 * organization-admin-only scope, run results equal to a hand computation over
 * the raw facts, relative periods, and schedules run twice storing once (by
 * the service's own worker on a fixed clock and by concurrent passes).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import { startSubgraph, waitForEvent, type SubgraphHarness } from "@meander/testing";
import { runDueSchedules } from "../src/application/report-schedules.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import {
  generateYear,
  laCreated,
  mentorName,
  namesCreated,
  orgSetup,
  regionName,
  type OrgSetup,
} from "./support/bufdir-data.js";
import { deliverAndWait } from "./support/deliver.js";

let h: SubgraphHarness;
const YEAR = 2025;
/** The worker's fixed clock: every pass sees the same instant, so repeated passes must not store again. */
const NOW = new Date("2025-11-20T08:00:00Z");
/** How many passes the service's worker has begun (it reads its clock once per pass; passes never overlap). */
let workerPasses = 0;
const orgA: OrgSetup = orgSetup(4, 5);
const orgB: OrgSetup = orgSetup(2, 3);
const viewer = (org: OrgSetup, role: string) => ({
  userId: randomUUID(),
  organizationId: org.organizationId,
  localAssociationId: org.localAssociations[0]!.id,
  role: role as "org_admin",
});
const adminA = viewer(orgA, "org_admin");
const adminB = viewer(orgB, "org_admin");

const DEF =
  "id name description dimensions metrics filters { activityTypes localAssociationIds regionIds mentorIds statuses countable } period { kind from to } schedule { frequency nextRunAt lastRunAt }";
const SAVE = `mutation($input: ReportDefinitionInput!) { saveReportDefinition(input: $input) { ${DEF} } }`;
const UPDATE = `mutation($id: ID!, $input: ReportDefinitionInput!) { updateReportDefinition(id: $id, input: $input) { ${DEF} } }`;
const LIST = `{ reportDefinitions { ${DEF} } }`;
const RESULT = "from to dimensions metrics rows { keys values } truncated";
const RUN = `query($id: ID!, $asOf: String) { runReportDefinition(id: $id, asOf: $asOf) { ${RESULT} } }`;
const SCHEDULE = `mutation($id: ID!, $s: ReportScheduleInput!) { scheduleReportDefinition(id: $id, schedule: $s) { frequency nextRunAt lastRunAt } }`;
const RUNS = `query($id: ID!) { reportRuns(definitionId: $id) { id scheduledFor ranAt result { ${RESULT} } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  name: `Def ${randomUUID().slice(0, 8)}`,
  dimensions: ["ACTIVITY_TYPE", "LOCAL_ASSOCIATION"],
  metrics: ["ACTIVITIES", "HOURS", "ACTIVITY_DAYS", "PARTICIPANTS", "MENTORS"],
  filters: { statuses: ["approved"] },
  period: { kind: "FIXED", from: `${YEAR}-03-01`, to: `${YEAR}-10-31` },
  ...over,
});

async function save(over: Record<string, unknown> = {}, as: object = adminA) {
  const r = await h.call(SAVE, { input: input(over) }, as as never);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.saveReportDefinition;
}
async function count(organizationId: string) {
  const [row] = await queryRows<{ n: number }>(
    h.db,
    sql`select count(*)::int as n from reporting.report_definitions where organization_id = ${organizationId}`,
  );
  return row!.n;
}

interface Fact {
  type: string;
  la: string | null;
  region: string | null;
  user: string;
  minutes: number;
  days: number;
  participants: number | null;
  status: string;
  day: string;
  countable: boolean;
}
async function facts(org: OrgSetup): Promise<Fact[]> {
  const regionOf = new Map(org.localAssociations.map((l) => [l.id, l.regionId]));
  const rows = await queryRows<Omit<Fact, "region">>(
    h.db,
    sql`select activity_type as type, local_association_id as la, user_id as "user", duration_minutes as minutes, day_count as days,
               participants, status, activity_day::text as day, countable
        from reporting.activity_facts where organization_id = ${org.organizationId}`,
  );
  return rows.map((r) => ({ ...r, region: r.la ? (regionOf.get(r.la) ?? null) : null }));
}

/** The hand computation: group the raw facts in JavaScript. */
function aggregate(rows: Fact[], key: (f: Fact) => Array<string | null>, metrics: Array<(fs: Fact[]) => number>) {
  const groups = new Map<string, { keys: Array<string | null>; rows: Fact[] }>();
  for (const f of rows) {
    const k = key(f);
    const g = groups.get(JSON.stringify(k)) ?? { keys: k, rows: [] };
    g.rows.push(f);
    groups.set(JSON.stringify(k), g);
  }
  const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return [...groups.values()]
    .map((g) => ({ keys: g.keys, values: metrics.map((m) => m(g.rows)) }))
    .sort((a, b) => a.keys.reduce((c, k, i) => c || cmp(k, b.keys[i]!), 0));
}
const ALL_METRICS = [
  (fs: Fact[]) => fs.length,
  (fs: Fact[]) => Math.round((fs.reduce((n, f) => n + f.minutes, 0) / 60) * 100) / 100,
  (fs: Fact[]) => fs.reduce((n, f) => n + f.days, 0),
  (fs: Fact[]) => fs.reduce((n, f) => n + (f.participants ?? 0), 0),
  (fs: Fact[]) => new Set(fs.map((f) => f.user)).size,
];

beforeAll(async () => {
  h = await startSubgraph((deps) =>
    createSubgraph(deps, { reportScheduleEveryMs: 100, clock: () => (workerPasses++, NOW) }),
  );
  await deliverAndWait(h, [
    ...namesCreated(orgA, "Forbund A"),
    ...laCreated(orgA),
    ...laCreated(orgB),
    ...generateYear(orgA, YEAR, 40),
    ...generateYear(orgB, YEAR, 20),
  ]);
});
afterAll(() => h?.stop());

describe("report definitions: saving and validation", () => {
  it("saves a definition and lists it with its filters and period", async () => {
    const d = await save({ description: "Approved work by type and local association" });
    expect(d).toMatchObject({
      dimensions: ["ACTIVITY_TYPE", "LOCAL_ASSOCIATION"],
      filters: { statuses: ["approved"], countable: null },
      period: { kind: "FIXED", from: "2025-03-01", to: "2025-10-31" },
      schedule: null,
    });
    const list = (await h.call(LIST, {}, adminA)).data!.reportDefinitions;
    expect(list.map((x: { id: string }) => x.id)).toContain(d.id);
  });

  const broken: Array<[string, Record<string, unknown>, string, string]> = [
    ["empty name", { name: "  " }, "name_length", "name"],
    [
      "too many dimensions",
      { dimensions: ["ACTIVITY_TYPE", "REGION", "MONTH", "MENTOR"] },
      "dimensions_max",
      "dimensions",
    ],
    ["a dimension twice", { dimensions: ["REGION", "REGION"] }, "dimension_unique", "dimensions"],
    ["no metric", { metrics: [] }, "metrics_required", "metrics"],
    ["a metric twice", { metrics: ["HOURS", "HOURS"] }, "metric_unique", "metrics"],
    [
      "a fixed period without its end",
      { period: { kind: "FIXED", from: "2025-01-01" } },
      "required_fields",
      "period.to",
    ],
    [
      "a day that does not exist",
      { period: { kind: "FIXED", from: "2025-02-30", to: "2025-03-01" } },
      "date_format",
      "period.from",
    ],
    [
      "a period ending before it starts",
      { period: { kind: "FIXED", from: "2025-03-01", to: "2025-01-01" } },
      "period_range",
      "period.to",
    ],
    [
      "dates on a relative period",
      { period: { kind: "PREVIOUS_MONTH", to: "2025-01-01" } },
      "period_dates",
      "period.to",
    ],
    ["an unknown status", { filters: { statuses: ["done"] } }, "status_allowed", "filters.statuses"],
    [
      "a malformed id",
      { filters: { localAssociationIds: ["x' or 1=1 --"] } },
      "id_format",
      "filters.localAssociationIds",
    ],
  ];
  it.each(broken)("refuses %s (BAD_USER_INPUT, rule and field) and saves nothing", async (_what, over, rule, field) => {
    const before = await count(orgA.organizationId);
    const r = await h.call(SAVE, { input: input(over) }, adminA);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    expect(await count(orgA.organizationId)).toBe(before);
  });

  it("names every fault of a definition at once (extensions.violations)", async () => {
    const r = await h.call(SAVE, { input: input({ name: " ", metrics: [] }) }, adminA);
    expect((r.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "name_length",
      "metrics_required",
    ]);
  });

  it("refuses a second definition with the same name (name_unique), also on update", async () => {
    const a = await save({ name: "Same name" });
    const b = await save({ name: "Other name" });
    const before = await count(orgA.organizationId);
    const r = await h.call(SAVE, { input: input({ name: "Same name" }) }, adminA);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "name_unique", field: "name" });
    const u = await h.call(UPDATE, { id: b.id, input: input({ name: "Same name" }) }, adminA);
    expect(u.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "name_unique" });
    expect(await count(orgA.organizationId)).toBe(before);
    // Another organization may use the name.
    expect((await save({ name: "Same name" }, adminB)).name).toBe("Same name");
    // Updating a definition under its own name is fine.
    const same = await h.call(UPDATE, { id: a.id, input: input({ name: "Same name", metrics: ["MENTORS"] }) }, adminA);
    expect(same.data!.updateReportDefinition.metrics).toEqual(["MENTORS"]);
  });

  it("takes dimensions and metrics from the schema's allow-list only (no free text)", async () => {
    const r = await h.call(SAVE, { input: input({ dimensions: ["activity_type; drop table x"] }) }, adminA);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.data ?? null).toBeNull();
  });
});

describe("report definitions: scope", () => {
  it("lets only organization administrators in", async () => {
    for (const role of ["coordinator", "peer_mentor"]) {
      const r = await h.call(LIST, {}, viewer(orgA, role));
      expect(r.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    const global = await h.call(SAVE, { input: input() }, {
      userId: randomUUID(),
      organizationId: null,
      role: "global_admin",
    } as never);
    expect(global.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.call(LIST, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps each organization's definitions to itself", async () => {
    const d = await save();
    expect((await h.call(LIST, {}, adminB)).data!.reportDefinitions.map((x: { id: string }) => x.id)).not.toContain(
      d.id,
    );
    expect(
      (await h.call(`query($id: ID!) { reportDefinition(id: $id) { id } }`, { id: d.id }, adminB)).data!
        .reportDefinition,
    ).toBeNull();
    expect((await h.call(RUN, { id: d.id }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await h.call(UPDATE, { id: d.id, input: input() }, adminB)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await h.call(`mutation($id: ID!) { deleteReportDefinition(id: $id) }`, { id: d.id }, adminB)).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await h.call(SCHEDULE, { id: d.id, s: { frequency: "DAILY" } }, adminB)).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await h.call(`query($id: ID!) { reportDefinition(id: $id) { id } }`, { id: d.id }, adminA)).data!
        .reportDefinition.id,
    ).toBe(d.id);
  });

  it("deletes a definition (its own organization only)", async () => {
    const d = await save();
    const r = await h.call(`mutation($id: ID!) { deleteReportDefinition(id: $id) }`, { id: d.id }, adminA);
    expect(r.data!.deleteReportDefinition).toBe(true);
    expect(
      (await h.call(`query($id: ID!) { reportDefinition(id: $id) { id } }`, { id: d.id }, adminA)).data!
        .reportDefinition,
    ).toBeNull();
  });
});

describe("report definitions: running", () => {
  it("equals a hand computation over the raw facts (by type and local association, approved, fixed period)", async () => {
    for (const [org, admin] of [
      [orgA, adminA],
      [orgB, adminB],
    ] as const) {
      const d = await save({}, admin);
      const r = await h.call(RUN, { id: d.id }, admin);
      expect(r.errors).toBeUndefined();
      const rows = (await facts(org)).filter(
        (f) => f.status === "approved" && f.day >= "2025-03-01" && f.day <= "2025-10-31",
      );
      const expected = aggregate(rows, (f) => [f.type, f.la], ALL_METRICS);
      expect(expected.length).toBeGreaterThan(2);
      expect(r.data!.runReportDefinition).toEqual({
        from: "2025-03-01",
        to: "2025-10-31",
        dimensions: d.dimensions,
        metrics: d.metrics,
        rows: expected,
        truncated: false,
      });
    }
  });

  it("groups by region and month with a countable filter, and totals without dimensions", async () => {
    const d = await save({
      dimensions: ["REGION", "MONTH"],
      metrics: ["ACTIVITY_DAYS", "ACTIVITIES"],
      filters: { countable: true },
      period: { kind: "FIXED", from: "2025-01-01", to: "2025-12-31" },
    });
    const got = (await h.call(RUN, { id: d.id }, adminA)).data!.runReportDefinition.rows;
    const all = await facts(orgA);
    const countable = all.filter((f) => f.countable);
    expect(got).toEqual(aggregate(countable, (f) => [f.region, f.day.slice(0, 7)], [ALL_METRICS[2]!, ALL_METRICS[0]!]));
    const total = await save({
      dimensions: [],
      metrics: ["ACTIVITIES", "MENTORS"],
      filters: null,
      period: { kind: "FIXED", from: "2025-01-01", to: "2025-12-31" },
    });
    const t = (await h.call(RUN, { id: total.id }, adminA)).data!.runReportDefinition.rows;
    expect(t).toEqual([{ keys: [], values: [all.length, new Set(all.map((f) => f.user)).size] }]);
  });

  it("answers rows with names as well as ids (labels), in bokmål by default and English on request", async () => {
    const d = await save({
      dimensions: ["REGION", "LOCAL_ASSOCIATION", "MENTOR"],
      metrics: ["ACTIVITIES"],
      filters: null,
      period: { kind: "FIXED", from: "2025-01-01", to: "2025-12-31" },
    });
    const rows = (
      await h.call(
        `query($id: ID!) { runReportDefinition(id: $id) { rows { keys labels values } } }`,
        { id: d.id },
        adminA,
      )
    ).data!.runReportDefinition.rows;
    const laName = new Map(orgA.localAssociations.map((l) => [l.id, l.name]));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const [region, la, mentor] = row.keys;
      expect(row.labels).toEqual([
        region ? regionName(orgA, region) : "Uten region",
        la ? laName.get(la) : "Uten lokallag",
        mentorName(orgA, mentor),
      ]);
    }
    const typed = await save({
      dimensions: ["ACTIVITY_TYPE", "STATUS", "MONTH"],
      metrics: ["ACTIVITIES"],
      filters: null,
      period: { kind: "FIXED", from: "2025-03-01", to: "2025-03-31" },
    });
    const en = (
      await h.call(
        `query($id: ID!) { runReportDefinition(id: $id) { rows(language: EN) { keys labels } } }`,
        { id: typed.id },
        adminA,
      )
    ).data!.runReportDefinition.rows;
    const names: Record<string, string> = {
      home_visit: "Home visit",
      group_meeting: "Discussion group",
      course_day: "Peer mentor course",
      phone_call: "Phone call",
      digital_chat: "Chat and e-mail",
    };
    const statuses: Record<string, string> = {
      approved: "Approved",
      rejected: "Rejected",
      pending_review: "Pending review",
    };
    for (const row of en) expect(row.labels).toEqual([names[row.keys[0]], statuses[row.keys[1]], "March 2025"]);
  });

  it("resolves a relative period around asOf, and refuses a bad asOf", async () => {
    const d = await save({
      dimensions: ["MENTOR"],
      metrics: ["ACTIVITIES"],
      filters: null,
      period: { kind: "PREVIOUS_MONTH" },
    });
    const r = (await h.call(RUN, { id: d.id, asOf: "2025-07-15" }, adminA)).data!.runReportDefinition;
    expect([r.from, r.to]).toEqual(["2025-06-01", "2025-06-30"]);
    const june = (await facts(orgA)).filter((f) => f.day.startsWith("2025-06"));
    expect(r.rows).toEqual(aggregate(june, (f) => [f.user], [ALL_METRICS[0]!]));
    const bad = await h.call(RUN, { id: d.id, asOf: "15.07.2025" }, adminA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "date_format", field: "asOf" });
  });
});

describe("report definitions: schedules", () => {
  it("a due schedule run many times (worker passes and concurrent passes) stores its result once", async () => {
    const d = await save({
      dimensions: ["ACTIVITY_TYPE"],
      metrics: ["ACTIVITIES", "HOURS"],
      period: { kind: "PREVIOUS_MONTH" },
    });
    const slot = "2025-11-20T06:00:00.000Z";
    const s = await h.call(SCHEDULE, { id: d.id, s: { frequency: "WEEKLY", startsAt: slot } }, adminA);
    expect(s.data!.scheduleReportDefinition).toMatchObject({ frequency: "WEEKLY", lastRunAt: null });
    const uow = createUnitOfWork(h.db, eventStore);
    // Two passes at once and one after: with the service's worker (100 ms, same clock) also running.
    const workerBefore = workerPasses;
    const passes = await Promise.all([runDueSchedules(h.db, uow, NOW), runDueSchedules(h.db, uow, NOW)]);
    const last = await runDueSchedules(h.db, uow, NOW);
    // The worker has run too: a pass begun after the schedule was made has finished once the next one begins.
    await waitForEvent(() => expect(workerPasses).toBeGreaterThanOrEqual(workerBefore + 2));
    expect(passes.reduce((n, p) => n + p.stored, 0) + last.stored).toBeLessThanOrEqual(1);
    const runs = (await h.call(RUNS, { id: d.id }, adminA)).data!.reportRuns;
    expect(runs).toHaveLength(1);
    expect(runs[0].scheduledFor).toBe(slot);
    // The stored result is the definition run on the slot's Norwegian day.
    const now = (await h.call(RUN, { id: d.id, asOf: "2025-11-20" }, adminA)).data!.runReportDefinition;
    expect(runs[0].result).toEqual(now);
    expect([now.from, now.to]).toEqual(["2025-10-01", "2025-10-31"]);
    const after = (
      await h.call(
        `query($id: ID!) { reportDefinition(id: $id) { schedule { nextRunAt lastRunAt } } }`,
        { id: d.id },
        adminA,
      )
    ).data!.reportDefinition.schedule;
    expect(after.nextRunAt).toBe("2025-11-27T06:00:00.000Z");
    expect(after.lastRunAt).toBe(NOW.toISOString());
  });

  it("the service's worker runs a due schedule on its own", async () => {
    const d = await save({ dimensions: [], metrics: ["ACTIVITIES"], period: { kind: "YEAR_TO_DATE" } });
    await h.call(SCHEDULE, { id: d.id, s: { frequency: "DAILY", startsAt: "2025-11-19T07:00:00.000Z" } }, adminA);
    await waitForEvent(async () => {
      const runs: Array<{ scheduledFor: string }> = (await h.call(RUNS, { id: d.id }, adminA)).data!.reportRuns;
      expect(runs.map((r) => r.scheduledFor)).toEqual(["2025-11-19T07:00:00.000Z"]);
    });
  });

  it("validates schedules and reads of runs", async () => {
    const d = await save();
    const far = await h.call(
      SCHEDULE,
      { id: d.id, s: { frequency: "DAILY", startsAt: "2099-01-01T00:00:00Z" } },
      adminA,
    );
    expect(far.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "start_range",
      field: "schedule.startsAt",
    });
    const page = await h.call(
      `query($id: ID!) { reportRuns(definitionId: $id, first: 1000) { id } }`,
      { id: d.id },
      adminA,
    );
    expect(page.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "page_size_range",
      field: "first",
    });
    const un = await h.call(`mutation($id: ID!) { unscheduleReportDefinition(id: $id) }`, { id: d.id }, adminA);
    expect(un.data!.unscheduleReportDefinition).toBe(false);
  });
});
