/**
 * Statistics, team reports, organization KPIs and Wrapped through GraphQL, over the
 * small world of support/statistics-data.ts. Expected numbers are counted by hand
 * from that world (comments say which activities make them).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { runWrappedJob as runJob } from "../src/application/wrapped.js";
import { createUnitOfWork } from "@meander/events";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { rejectedEvent } from "./support/bufdir-data.js";
import {
  activity,
  attendanceEvents,
  badgeEvents,
  expenseEvents,
  la,
  laEvents,
  m,
  orgA,
  orgB,
  world,
} from "./support/statistics-data.js";

let h: SubgraphHarness;
const w = world();
const deliver = (...events: Parameters<SubgraphHarness["bus"]["publish"]>[0]) => deliverAndWait(h, events);

const as = {
  m1: { userId: m.m1, organizationId: orgA, localAssociationId: la.a1, role: "peer_mentor" as const },
  m2: { userId: m.m2, organizationId: orgA, localAssociationId: la.a1, role: "peer_mentor" as const },
  m1InB: { userId: m.m1, organizationId: orgB, localAssociationId: la.b1, role: "peer_mentor" as const },
  idle: { userId: m.idle, organizationId: orgA, localAssociationId: la.a1, role: "peer_mentor" as const },
  coordinatorA1: {
    userId: randomUUID(),
    organizationId: orgA,
    localAssociationId: la.a1,
    role: "coordinator" as const,
  },
  adminA: { userId: randomUUID(), organizationId: orgA, localAssociationId: la.a1, role: "org_admin" as const },
  adminB: { userId: randomUUID(), organizationId: orgB, localAssociationId: la.b1, role: "org_admin" as const },
  globalAdmin: { userId: randomUUID(), organizationId: null, localAssociationId: null, role: "global_admin" as const },
};
type As = (typeof as)[keyof typeof as];

const PERIOD =
  "from to activities approved pending rejected hours countable notCountable notCountableReasons { reason count }";
const MY = `query($asOf: String) { myStatistics(asOf: $asOf) { user { id } thisMonth { ${PERIOD} } thisYear { ${PERIOD} } } }`;
const LA = `localAssociationId totals { ${PERIOD} } mentors { mentor { id } activities approved hours }`;
const TEAM = `query($from: String!, $to: String!, $la: ID) { teamStatistics(from: $from, to: $to, localAssociationId: $la) { from to localAssociations { ${LA} } } }`;
const REPORT_FIELDS = `id organizationId localAssociationId from to generatedBy { id } generatedAt statistics { ${LA} }`;
const GENERATE = `mutation($from: String!, $to: String!, $la: ID) { generateTeamReport(from: $from, to: $to, localAssociationId: $la) { ${REPORT_FIELDS} } }`;
const REPORTS = `query($la: ID) { teamReports(localAssociationId: $la) { ${REPORT_FIELDS} } }`;
const KPIS = `query($year: Int!, $org: ID) { organizationKpis(year: $year, organizationId: $org) { organizationId year trend { month registered approved rejected hours }
  activeMentors approvalBacklog { waiting oldestRegisteredAt } expenses { submittedCount submittedOre approvedOre rejectedOre pendingOre paidOre } } }`;
const WRAPPED = `query($year: Int) { myWrapped(year: $year) { user { id } year hours activities contactsReached eventsAttended badges busiestMonth busiestMonthActivities byMonth computedAt } }`;

async function ok(query: string, vars: Record<string, unknown>, viewer: As) {
  const r = await h.call(query, vars, viewer as never);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
async function refused(query: string, vars: Record<string, unknown>, viewer: As) {
  const r = await h.call(query, vars, viewer as never);
  expect(r.errors?.length).toBeGreaterThan(0);
  return r.errors![0]!.extensions as Record<string, unknown>;
}
const countRows = async (table: string) =>
  (await queryRows<{ n: number }>(h.db, sql.raw(`select count(*)::int as n from reporting.${table}`)))[0]!.n;

beforeAll(async () => {
  // The Wrapped worker's clock in mid-2025 (it computes 2024 at most): these tests run the 2025 job themselves.
  h = await startSubgraph((deps) =>
    createSubgraph(deps, { wrapped: { clock: () => new Date("2025-06-01T12:00:00Z") } }),
  );
  await deliver(
    ...laEvents(),
    ...Object.values(w).flatMap((a) => a.events),
    ...badgeEvents(),
    ...expenseEvents(),
    ...attendanceEvents(),
  );
});
afterAll(() => h?.stop());

describe("personal statistics", () => {
  it("counts the mentor's own month and year in the active organization, countable or not", async () => {
    const d = await ok(MY, { asOf: "2025-03-15" }, as.m1);
    expect(d.myStatistics.user.id).toBe(m.m1);
    // March: a1 (60, approved), a2 (90, approved), a3 (30, phone, pending); a4 rejected. b1 is organization B's.
    expect(d.myStatistics.thisMonth).toEqual({
      from: "2025-03-01",
      to: "2025-03-31",
      activities: 3,
      approved: 2,
      pending: 1,
      rejected: 1,
      hours: 3,
      countable: 2,
      notCountable: 1,
      notCountableReasons: [{ reason: "not_in_person", count: 1 }],
    });
    // 2025 adds a5 (120) and a6 (60, 1 January in Oslo); a7 is 2024.
    expect(d.myStatistics.thisYear).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      activities: 5,
      approved: 4,
      pending: 1,
      rejected: 1,
      hours: 6,
      countable: 4,
      notCountable: 1,
      notCountableReasons: [{ reason: "not_in_person", count: 1 }],
    });
  });

  it("shows the same mentor only organization B's activity when B is active, and zeros to a mentor without any", async () => {
    const b = await ok(MY, { asOf: "2025-03-15" }, as.m1InB);
    expect(b.myStatistics.thisYear).toMatchObject({ activities: 1, approved: 1, hours: 1, countable: 1 });
    const idle = await ok(MY, { asOf: "2025-03-15" }, as.idle);
    expect(idle.myStatistics.thisYear).toMatchObject({ activities: 0, hours: 0, notCountableReasons: [] });
  });

  it("refuses a malformed day with the rule and field", async () => {
    expect(await refused(MY, { asOf: "2025-02-30" }, as.m1)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "date_format",
      field: "asOf",
    });
  });
});

describe("team statistics and team reports", () => {
  const MARCH = { from: "2025-03-01", to: "2025-03-31" };

  it("gives a coordinator their local association: totals and per mentor", async () => {
    const d = await ok(TEAM, MARCH, as.coordinatorA1);
    // a1, a2, a3 of m1 (a4 rejected) and c1 of m2 (group of 5, 60 min: countable).
    expect(d.teamStatistics.localAssociations).toEqual([
      {
        localAssociationId: la.a1,
        totals: {
          ...MARCH,
          activities: 4,
          approved: 3,
          pending: 1,
          rejected: 1,
          hours: 4,
          countable: 3,
          notCountable: 1,
          notCountableReasons: [{ reason: "not_in_person", count: 1 }],
        },
        mentors: [
          { mentor: { id: m.m1 }, activities: 3, approved: 2, hours: 3 },
          { mentor: { id: m.m2 }, activities: 1, approved: 1, hours: 1 },
        ],
      },
    ]);
  });

  it("scopes: a coordinator not another local association, an administrator all of their organization's, another organization nothing, a mentor not at all", async () => {
    expect(await refused(TEAM, { ...MARCH, la: la.a2 }, as.coordinatorA1)).toMatchObject({ code: "FORBIDDEN" });
    const admin = await ok(TEAM, MARCH, as.adminA);
    expect(
      admin.teamStatistics.localAssociations.map((x: any) => [x.localAssociationId, x.totals.activities]).sort(),
    ).toEqual(
      [
        [la.a1, 4],
        [la.a2, 1],
      ].sort(),
    );
    const b = await ok(TEAM, MARCH, as.adminB);
    expect(b.teamStatistics.localAssociations.map((x: any) => x.localAssociationId)).toEqual([la.b1]);
    expect(await refused(TEAM, { ...MARCH, la: la.a1 }, as.adminB)).toMatchObject({ code: "FORBIDDEN" });
    // An id nobody knows is refused like another organization's (row-level security makes them look alike).
    expect(await refused(TEAM, { ...MARCH, la: randomUUID() }, as.adminA)).toMatchObject({ code: "FORBIDDEN" });
    expect((await refused(TEAM, MARCH, as.m1)).code).toMatch(/FORBIDDEN|UNAUTHORIZED/);
  });

  it("refuses a period backwards or longer than 366 days", async () => {
    expect(await refused(TEAM, { from: "2025-03-31", to: "2025-03-01" }, as.coordinatorA1)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "period_order",
      field: "to",
    });
    expect(await refused(TEAM, { from: "2024-01-01", to: "2025-06-01" }, as.coordinatorA1)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "period_length",
      field: "to",
    });
  });

  it("keeps a generated team report as it was, visible to its coordinator and organization only", async () => {
    const g = (await ok(GENERATE, MARCH, as.coordinatorA1)).generateTeamReport;
    expect(g).toMatchObject({
      organizationId: orgA,
      localAssociationId: la.a1,
      ...MARCH,
      generatedBy: { id: as.coordinatorA1.userId },
    });
    expect(g.statistics.totals.activities).toBe(4);
    // A new March activity changes the statistics but not the kept report.
    const extra = activity({
      org: orgA,
      la: la.a1,
      user: m.m2,
      type: "home_visit",
      date: "2025-03-20T10:00:00Z",
      minutes: 30,
    });
    await deliver(...extra.events);
    expect((await ok(TEAM, MARCH, as.coordinatorA1)).teamStatistics.localAssociations[0].totals.activities).toBe(5);
    const kept = (await ok(REPORTS, {}, as.coordinatorA1)).teamReports;
    expect(kept).toEqual([g]);
    expect((await ok(REPORTS, {}, as.adminA)).teamReports.map((r: any) => r.id)).toEqual([g.id]);
    expect((await ok(REPORTS, {}, as.adminB)).teamReports).toEqual([]);
  });

  it("refuses a team report of no named local association from an administrator, storing nothing", async () => {
    const before = await countRows("team_reports");
    expect(await refused(GENERATE, MARCH, as.adminA)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "localAssociationId",
    });
    expect(await refused(GENERATE, { from: "2025-03-01", to: "2025-13-01", la: la.a1 }, as.adminA)).toMatchObject({
      rule: "date_format",
      field: "to",
    });
    expect(await countRows("team_reports")).toBe(before);
  });
});

describe("organization KPIs", () => {
  it("gives trends by month, active mentors, the approval backlog and expense totals from finance's events", async () => {
    const k = (await ok(KPIS, { year: 2025 }, as.adminA)).organizationKpis;
    expect(k.organizationId).toBe(orgA);
    const months = Object.fromEntries(k.trend.filter((t: any) => t.registered > 0).map((t: any) => [t.month, t]));
    // January: a5 (120), a6 (60). March: a1, a2, a3, a4 (rejected, no hours), c1, d1 and the extra visit (30). July: c2 (30).
    expect(months).toEqual({
      1: { month: 1, registered: 2, approved: 2, rejected: 0, hours: 3 },
      3: { month: 3, registered: 7, approved: 4, rejected: 1, hours: 5.5 },
      7: { month: 7, registered: 1, approved: 0, rejected: 0, hours: 0.5 },
    });
    expect(k.trend).toHaveLength(12);
    expect(k.activeMentors).toBe(3); // m1, m2, m3 have an approved 2025 activity
    // Waiting: a3, c2, the extra visit.
    expect(k.approvalBacklog.waiting).toBe(3);
    expect(k.approvalBacklog.oldestRegisteredAt).not.toBeNull();
    expect(k.expenses).toEqual({
      submittedCount: 4,
      submittedOre: 21500,
      approvedOre: 14000,
      rejectedOre: 5000,
      pendingOre: 2500,
      paidOre: 14000,
    });
  });

  it("scopes: an administrator their own organization, a global administrator the one named, a coordinator not at all", async () => {
    expect(await refused(KPIS, { year: 2025, org: orgA }, as.adminB)).toMatchObject({ code: "FORBIDDEN" });
    const b = (await ok(KPIS, { year: 2025 }, as.adminB)).organizationKpis;
    expect(b.expenses).toMatchObject({ submittedCount: 1, submittedOre: 9999, paidOre: 0 });
    expect(b.activeMentors).toBe(1);
    expect(await refused(KPIS, { year: 2025 }, as.globalAdmin)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "organizationId",
    });
    expect((await ok(KPIS, { year: 2025, org: orgA }, as.globalAdmin)).organizationKpis.activeMentors).toBe(3);
    expect((await refused(KPIS, { year: 2025 }, as.coordinatorA1)).code).toMatch(/FORBIDDEN|UNAUTHORIZED/);
    expect(await refused(KPIS, { year: 1999 }, as.adminA)).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "year_range",
      field: "year",
    });
  });
});

describe("Wrapped", () => {
  const runWrappedJob = (year: number) => runJob(createUnitOfWork(h.db, eventStore), year);
  const stored = () =>
    queryRows<Record<string, unknown>>(
      h.db,
      sql`select * from reporting.annual_summaries where year = 2025 order by user_id`,
    );

  it("is null until the job ran; the job run twice stores the same result", async () => {
    expect((await ok(WRAPPED, { year: 2025 }, as.m1)).myWrapped).toBeNull();
    const first = await runWrappedJob(2025);
    expect(first).toMatchObject({ written: 3, unchanged: 0, removed: 0 }); // m1, m2, m3
    const after1 = await stored();
    const second = await runWrappedJob(2025);
    expect(second).toMatchObject({ written: 0, unchanged: 3, removed: 0 });
    expect(await stored()).toEqual(after1);
  });

  it("serves the mentor their own year over every organization", async () => {
    const mine = (await ok(WRAPPED, { year: 2025 }, as.m1)).myWrapped;
    // Approved 2025: a5 (Jan, 120, c2), a6 (Jan, 60), a1 (Mar, 60, c1), a2 (Mar, 90, c1), b1 (Mar, org B, 60, c3).
    expect(mine).toMatchObject({
      user: { id: m.m1 },
      year: 2025,
      hours: 6.5,
      activities: 5,
      contactsReached: 3,
      eventsAttended: 1,
      badges: ["first_visit", "ten_visits"],
      busiestMonth: 3,
      busiestMonthActivities: 3,
      byMonth: [2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
    const m2 = (await ok(WRAPPED, { year: 2025 }, as.m2)).myWrapped;
    expect(m2).toMatchObject({
      user: { id: m.m2 },
      activities: 1,
      hours: 1,
      contactsReached: 0,
      eventsAttended: 1,
      badges: [],
      busiestMonth: 3,
    });
    expect((await ok(WRAPPED, { year: 2025 }, as.idle)).myWrapped).toBeNull();
    expect(await refused(WRAPPED, { year: 1800 }, as.m1)).toMatchObject({ code: "BAD_USER_INPUT", rule: "year_range" });
  });

  it("rewrites only a summary whose facts changed", async () => {
    await deliver({ ...rejectedEvent(orgA, w.a1.id), occurredAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await runWrappedJob(2025)).toMatchObject({ written: 1, unchanged: 2 });
    expect((await ok(WRAPPED, { year: 2025 }, as.m1)).myWrapped).toMatchObject({
      activities: 4,
      hours: 5.5,
      contactsReached: 3,
      byMonth: [2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });
});
