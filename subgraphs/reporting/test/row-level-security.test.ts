/**
 * Row-level security (issue #10 item 2) through reporting's GraphQL on PostgreSQL: the Bufdir report's
 * repository is deliberately broken here (its reads forget the organization filter), and an organization
 * administrator's report still holds only their organization's activity-days and mentors, because each
 * request runs in one transaction as meander_app with the caller's organization set. The same broken reads
 * outside a request (the owner's connection, as consumers use) see both organizations: the filter is missing.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { certificationEvent, generateYear, laCreated, orgSetup, type OrgSetup } from "./support/bufdir-data.js";

const YEAR = 2025;

/** The broken reads: the report's rollup, months and mentors of every organization (no organization filter). */
const forgetful = {
  rollup: (year: number) =>
    sql`select r.local_association_id as la, l.region_id as region, l.name, r.activity_type as type, r.activity_days as days, r.participants
        from reporting.bufdir_year_rollups r left join reporting.local_associations l on l.local_association_id = r.local_association_id
        where r.year = ${year} and r.activity_days > 0`,
  months: (year: number) =>
    sql`select extract(month from month)::int as month, sum(activity_days)::int as "activityDays" from reporting.bufdir_month_totals
        where month between ${`${year}-01-01`} and ${`${year}-12-31`} group by 1`,
  mentors: (year: number) =>
    sql`select user_id from reporting.bufdir_mentor_years where year = ${year} and activity_days > 0 and eligible`,
};

vi.mock("../src/db/repositories/bufdir-reports.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/db/repositories/bufdir-reports.js")>();
  return {
    ...real,
    createBufdirRepository: (db: Executor, scope: Scope) => ({
      ...real.createBufdirRepository(db, scope),
      async rollup(year: number) {
        const rows = await queryRows<{
          la: string;
          region: string | null;
          name: string | null;
          type: string;
          days: number;
          participants: number;
        }>(db, forgetful.rollup(year));
        return rows.map((r) => ({
          localAssociationId: r.la,
          regionId: r.region,
          name: r.name,
          activityType: r.type,
          activityDays: r.days,
          participants: r.participants,
        }));
      },
      months: (year: number) => queryRows<{ month: number; activityDays: number }>(db, forgetful.months(year)),
      async activeMentors(year: number) {
        return (await queryRows<{ user_id: string }>(db, forgetful.mentors(year))).map((r) => r.user_id);
      },
    }),
  };
});

let h: SubgraphHarness;
const orgs: OrgSetup[] = [orgSetup(3, 4), orgSetup(2, 3)];
const [orgA, orgB] = orgs as [OrgSetup, OrgSetup];
const adminOf = (org: OrgSetup) => ({
  userId: randomUUID(),
  organizationId: org.organizationId,
  localAssociationId: org.localAssociations[0]!.id,
  role: "org_admin" as const,
});
const REPORT = `query($year: Int!) { bufdirReport(year: $year) { activityDays activeMentors mentors { id } byMonth { activityDays } regions { localAssociations { localAssociationId } } } }`;

async function countedDays(organizationId: string | null) {
  const [row] = await queryRows<{ days: number }>(
    h.db,
    sql`select coalesce(sum(day_count), 0)::int as days from reporting.activity_facts
        where status = 'approved' and countable and activity_day between ${`${YEAR}-01-01`} and ${`${YEAR}-12-31`}
          and (${organizationId}::uuid is null or organization_id = ${organizationId}::uuid)`,
  );
  return row!.days;
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await deliverAndWait(h, [
    ...orgs.flatMap(laCreated),
    ...orgs.flatMap((o) => generateYear(o, YEAR, 20)),
    ...orgs.flatMap((o) => o.mentors.map((m) => certificationEvent(o.organizationId, m))),
  ]);
});

afterAll(() => h?.stop());

describe("reporting under row-level security", () => {
  it("a report whose reads forgot the organization filter still holds only the caller's organization", async () => {
    // Outside a request (owner connection, no scope) the broken reads see both organizations.
    const everyRow = await queryRows<{ la: string }>(h.db, forgetful.rollup(YEAR));
    const laOrg = new Map(orgs.flatMap((o) => o.localAssociations.map((la) => [la.id, o.organizationId])));
    expect(new Set(everyRow.map((r) => laOrg.get(r.la)))).toEqual(new Set([orgA.organizationId, orgB.organizationId]));
    expect(await countedDays(orgB.organizationId)).toBeGreaterThan(0);

    for (const org of orgs) {
      const r = await h.call(REPORT, { year: YEAR }, adminOf(org));
      expect(r.errors).toBeUndefined();
      const report = r.data!.bufdirReport;
      expect(report.activityDays).toBe(await countedDays(org.organizationId));
      expect(report.byMonth.reduce((n: number, m: { activityDays: number }) => n + m.activityDays, 0)).toBe(
        report.activityDays,
      );
      const las = report.regions.flatMap((x: { localAssociations: { localAssociationId: string }[] }) =>
        x.localAssociations.map((la) => la.localAssociationId),
      );
      expect(las.every((id: string) => laOrg.get(id) === org.organizationId)).toBe(true);
      expect(report.mentors.map((m: { id: string }) => m.id).every((id: string) => org.mentors.includes(id))).toBe(
        true,
      );
      expect(report.activeMentors).toBeGreaterThan(0);
    }
  });
});
