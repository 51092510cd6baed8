/**
 * The scenarios on the data set at scale, through the gateway on the services
 * mode (gateway and six subgraphs as separate processes):
 * - bulk registration: 1,000 activities in one `registerActivities` against one
 *   raw multi-row insert of the same rows in one transaction (ratio);
 * - the year's Bufdir report (live draft) of the largest organization, p95,
 *   against a hand-written GROUP BY over the raw activity table (ratio).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Launched } from "@meander/embedded";
import { gql } from "@meander/testing";
import { summarize } from "../stats.js";
import type { Dataset } from "./dataset.js";
import { columnArrays, insertStatement } from "./load.js";

const REGISTER = `mutation($activities: [RegisterActivityInput!]!) { registerActivities(activities: $activities) { bulkBatchId count } }`;
const REPORT = `query($year: Int!) { bufdirReport(year: $year) { activityDays participants activeMentors
  byActivityType { activityType activityDays participants } byMonth { month activityDays }
  regions { regionId activityDays participants localAssociations { localAssociationId name activityDays participants } } } }`;
const HAND_WRITTEN = `select local_association_id, activity_type, date_trunc('month', activity_date at time zone 'Europe/Oslo') as month,
    count(*)::int as days, sum(participant_count)::int as participants
  from activity.activities
  where organization_id = $1 and status = 'approved' and bufdir_countable
    and activity_date >= $2::timestamp at time zone 'Europe/Oslo' and activity_date < $3::timestamp at time zone 'Europe/Oslo'
  group by 1, 2, 3`;

const ms = (x: number) => +x.toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function ok<T>(r: { status: number; data?: T | null; errors?: unknown }): T {
  if (r.status !== 200 || r.errors || !r.data) throw new Error(`request failed (${r.status}): ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** 1,000 group meetings of one mentor over the last 60 days (the kind a coordinator imports after a season). */
function batch(size: number, offset: number) {
  const now = Date.now();
  return Array.from({ length: size }, (_, i) => ({
    activityTypeKey: "group_meeting",
    activityDate: new Date(now - (2 + ((i + offset) % 60)) * 86_400_000 - (i % 600) * 60_000).toISOString(),
    durationMinutes: 60 + (i % 4) * 15,
    participantCount: 3 + (i % 6),
    location: "Bergen",
    title: `Samtalegruppe ${offset + i + 1}`,
  }));
}

export async function bulkRegistration(svc: Launched, ds: Dataset, opts: { size: number; runs: number }) {
  const mentor = ds.base.memberships.find((m) => m.role === "peer_mentor")!;
  const token = await svc.mint({ sub: mentor.userId, org: mentor.organizationId, la: mentor.localAssociationId, role: "peer_mentor" });
  const register = async (size: number, offset: number) => {
    const t = performance.now();
    const r = ok(await gql<{ registerActivities: { count: number } }>(svc.gatewayUrl, REGISTER, { activities: batch(size, offset) }, { token }));
    if (r.registerActivities.count !== size) throw new Error(`registered ${r.registerActivities.count} of ${size}`);
    return performance.now() - t;
  };
  const client = new pg.Client({ connectionString: ds.url });
  await client.connect();
  const raw = async (size: number, offset: number) => {
    const rows = batch(size, offset).map((a) => ({
      id: randomUUID(), user_id: mentor.userId, contact_id: null, organization_id: mentor.organizationId, local_association_id: mentor.localAssociationId,
      activity_type: a.activityTypeKey, activity_date: a.activityDate, duration_minutes: a.durationMinutes, location: a.location, status: "pending_review",
      participant_count: a.participantCount, has_reimbursement: false, bufdir_countable: true, bufdir_reason: "counts", country: "NO", created_at: new Date(), updated_at: new Date(),
    }));
    const t = performance.now();
    await client.query("begin");
    await client.query(insertStatement("activity.activities"), columnArrays("activity.activities", rows));
    await client.query("commit");
    return performance.now() - t;
  };
  try {
    // Warm both sides up at full size (a freshly started subgraph's first 1,000-row batches run before V8 has
    // optimized the per-row code: 50 rows were not enough to make the first measured runs like the later ones).
    for (let i = 0; i < 3; i++) {
      await register(opts.size, (opts.runs + 1 + i) * opts.size);
      await raw(opts.size, (opts.runs + 1 + i) * opts.size);
    }
    const gateway: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      gateway.push(await register(opts.size, (i + 1) * opts.size));
      direct.push(await raw(opts.size, (i + 1) * opts.size));
    }
    const g = median(gateway);
    const d = median(direct);
    return { activities: opts.size, runs: opts.runs, gatewayMs: ms(g), rawInsertMs: ms(d), ratio: +(g / d).toFixed(2) };
  } finally {
    await client.end();
  }
}

export async function bufdirReport(svc: Launched, ds: Dataset, opts: { samples: number }) {
  const client = new pg.Client({ connectionString: ds.url });
  await client.connect();
  try {
    const { rows: biggest } = await client.query<{ organization_id: string }>(
      "select organization_id from activity.activities group by 1 order by count(*) desc limit 1",
    );
    const orgId = biggest[0]!.organization_id;
    const admin = ds.base.memberships.find((m) => m.organizationId === orgId && m.role === "org_admin")!;
    const token = await svc.mint({ sub: admin.userId, org: orgId, la: admin.localAssociationId, role: "org_admin" });
    const year = ds.spec.year;
    const viaGateway = async () => ok(await gql<{ bufdirReport: { activityDays: number; participants: number } }>(svc.gatewayUrl, REPORT, { year }, { token })).bufdirReport;
    const handWritten = async () => (await client.query<{ days: number; participants: number }>(HAND_WRITTEN, [orgId, `${year}-01-01`, `${year + 1}-01-01`])).rows;

    const report = await viaGateway();
    const groups = await handWritten();
    const sqlDays = groups.reduce((s, r) => s + r.days, 0);
    for (let i = 0; i < 5; i++) await Promise.all([viaGateway(), handWritten()]);
    const gatewayMs: number[] = [];
    const sqlMs: number[] = [];
    for (let i = 0; i < opts.samples; i++) {
      let t = performance.now();
      await viaGateway();
      gatewayMs.push(performance.now() - t);
      t = performance.now();
      await handWritten();
      sqlMs.push(performance.now() - t);
    }
    const g = summarize(gatewayMs);
    const s = summarize(sqlMs);
    return {
      year,
      organizationActivities: Number((await client.query("select count(*) from activity.activities where organization_id = $1", [orgId])).rows[0].count),
      activityDays: report.activityDays,
      sqlActivityDays: sqlDays,
      groups: groups.length,
      gateway: { p50: ms(g.p50), p95: ms(g.p95), max: ms(g.max) },
      sql: { p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) },
      ratio: +(g.p95 / s.p95).toFixed(2),
    };
  } finally {
    await client.end();
  }
}
