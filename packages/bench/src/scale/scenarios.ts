/**
 * The year's Bufdir report (live draft) of the largest organization through the
 * gateway on the services mode (gateway and six subgraphs as separate processes),
 * p95, against a hand-written GROUP BY over the raw activity table (ratio). The
 * other scenario on the data set at scale, bulk registration, is in bulk.ts.
 */
import pg from "pg";
import type { Launched } from "@meander/embedded";
import { gql } from "@meander/testing";
import { summarize } from "../stats.js";
import type { Dataset } from "./dataset.js";

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

function ok<T>(r: { status: number; data?: T | null; errors?: unknown }): T {
  if (r.status !== 200 || r.errors || !r.data)
    throw new Error(`request failed (${r.status}): ${JSON.stringify(r.errors)}`);
  return r.data;
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
    const viaGateway = async () =>
      ok(
        await gql<{ bufdirReport: { activityDays: number; participants: number } }>(
          svc.gatewayUrl,
          REPORT,
          { year },
          { token },
        ),
      ).bufdirReport;
    const handWritten = async () =>
      (
        await client.query<{ days: number; participants: number }>(HAND_WRITTEN, [
          orgId,
          `${year}-01-01`,
          `${year + 1}-01-01`,
        ])
      ).rows;

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
      organizationActivities: Number(
        (await client.query("select count(*) from activity.activities where organization_id = $1", [orgId])).rows[0]
          .count,
      ),
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
