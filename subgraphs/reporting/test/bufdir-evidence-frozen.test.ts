/**
 * The auditor's drill-down into a submitted (frozen) Bufdir report (issue 21): the evidence of a version is what was
 * frozen, its rows and their names then, so it adds up to the frozen figures however the data changes afterwards
 * (a region and a local association renamed, a local association moved, an activity rejected, another approved).
 * An activity spanning New Year gives each year the days it has there, in the draft's evidence and the frozen one.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import {
  approvedEvent,
  certificationEvent,
  laCreated,
  namesCreated,
  orgSetup,
  regionName,
  registeredEvent,
  rejectedEvent,
} from "./support/bufdir-data.js";

const YEAR = 2025;
let h: SubgraphHarness;
const org = orgSetup(2, 2);
const [la1, la2] = org.localAssociations as [
  (typeof org.localAssociations)[number],
  (typeof org.localAssociations)[number],
];
const [m1, m2] = org.mentors as [string, string];
const admin = {
  userId: randomUUID(),
  organizationId: org.organizationId,
  localAssociationId: la1.id,
  role: "org_admin",
} as never;

const REPORT = `query($year: Int!, $version: Int) { bufdirReport(year: $year, version: $version) {
  version activityDays regions { regionId name activityDays localAssociations { localAssociationId name activityDays } } } }`;
const EVIDENCE = `query($year: Int!, $version: Int, $filter: BufdirEvidenceFilter) { bufdirEvidence(year: $year, version: $version, filter: $filter) {
  activityId mentor { id } localAssociationId localAssociationName regionId regionName activityType activityDay activityDays } }`;

const visit = (la: { id: string }, userId: string, day: string) =>
  registeredEvent(org.organizationId, {
    userId,
    localAssociationId: la.id,
    activityType: "home_visit",
    activityDate: `${day}T10:00:00Z`,
    durationMinutes: 60,
  });
const visits = [visit(la1, m1, `${YEAR}-03-04`), visit(la2, m2, `${YEAR}-05-06`), visit(la2, m1, `${YEAR}-09-10`)];
/** A two-day course from 09:00 on New Year's Eve (Oslo): 31 December counts in the year before, 1 and 2 January in YEAR. */
const course = registeredEvent(org.organizationId, {
  userId: m2,
  localAssociationId: la1.id,
  activityType: "course_day",
  activityDate: `${YEAR - 1}-12-31T08:00:00Z`,
  durationMinutes: 2 * 24 * 60,
});

async function call(query: string, vars: Record<string, unknown>) {
  const r = await h.call(query, { year: YEAR, ...vars }, admin);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
const sum = (rows: { activityDays: number }[]) => rows.reduce((n, r) => n + r.activityDays, 0);

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await deliverAndWait(h, [
    ...namesCreated(org, "Norges Revisjonsforbund"),
    ...laCreated(org),
    ...org.mentors.map((m) => certificationEvent(org.organizationId, m)),
    ...[...visits, course].flatMap((a) => [a, approvedEvent(org.organizationId, a.payload.activityId)]),
  ]);
});
afterAll(() => h?.stop());

describe("drilling into a frozen Bufdir report", () => {
  it("gives an activity spanning New Year its days in each year, so the draft's evidence adds up to its figures", async () => {
    const draft = (await call(REPORT, {})).bufdirReport;
    expect(draft.activityDays).toBe(3 + 2);
    const evidence = (await call(EVIDENCE, {})).bufdirEvidence;
    expect(evidence.find((e: any) => e.activityId === course.payload.activityId)).toMatchObject({
      activityDay: `${YEAR - 1}-12-31`,
      activityDays: 2,
    });
    expect(sum(evidence)).toBe(draft.activityDays);
    const before = (await h.call(EVIDENCE, { year: YEAR - 1 }, admin)).data!.bufdirEvidence;
    expect(before.map((e: any) => [e.activityId, e.activityDays])).toEqual([[course.payload.activityId, 1]]);
  });

  it("drills a version into exactly what was frozen, named as then, even after the data changed", async () => {
    const { submitBufdirReport: v1 } = await call(
      `mutation($year: Int!) { submitBufdirReport(year: $year) { version } }`,
      {},
    );
    const frozen = (await call(REPORT, { version: v1.version })).bufdirReport;
    const frozenEvidence = (await call(EVIDENCE, { version: v1.version })).bufdirEvidence;
    expect(sum(frozenEvidence)).toBe(frozen.activityDays);

    // Afterwards: region 1 and local association 1 renamed, local association 1 moved to region 2, a counted visit
    // rejected, a new visit approved.
    const later = visit(la1, m1, `${YEAR}-11-12`);
    await deliverAndWait(h, [
      makeEvent(
        "organization.region.created",
        { regionId: la1.regionId!, name: "Region Nord" },
        { organizationId: org.organizationId, aggregateId: la1.regionId! },
      ),
      makeEvent(
        "organization.local_association.created",
        { localAssociationId: la1.id, regionId: la2.regionId, name: "Lokallag Nytt Navn" },
        { organizationId: org.organizationId, aggregateId: la1.id },
      ),
      rejectedEvent(org.organizationId, visits[1]!.payload.activityId),
      later,
      approvedEvent(org.organizationId, later.payload.activityId),
    ]);
    const draft = (await call(REPORT, {})).bufdirReport;
    expect(draft.activityDays).toBe(frozen.activityDays); // one out, one in
    expect(draft.regions.map((r: any) => r.name)).toEqual(["Region Sør-Vest"]); // everything is in region 2 now
    expect((await call(EVIDENCE, {})).bufdirEvidence.map((e: any) => e.localAssociationName)).toContain(
      "Lokallag Nytt Navn",
    );

    // The version still reads as frozen, and each of its figures drills down to activities adding up to it.
    expect((await call(REPORT, { version: v1.version })).bufdirReport).toEqual(frozen);
    expect((await call(EVIDENCE, { version: v1.version })).bufdirEvidence).toEqual(frozenEvidence);
    for (const region of frozen.regions) {
      const rows = (await call(EVIDENCE, { version: v1.version, filter: { regionId: region.regionId } }))
        .bufdirEvidence;
      expect(sum(rows)).toBe(region.activityDays);
      expect(rows.every((e: any) => e.regionName === regionName(org, region.regionId))).toBe(true);
      for (const la of region.localAssociations) {
        const ofLa = (
          await call(EVIDENCE, { version: v1.version, filter: { localAssociationId: la.localAssociationId } })
        ).bufdirEvidence;
        expect(sum(ofLa)).toBe(la.activityDays);
        expect(ofLa.every((e: any) => e.localAssociationName === la.name)).toBe(true);
      }
    }
    const ofLa1 = frozenEvidence.filter((e: any) => e.localAssociationId === la1.id);
    expect(ofLa1.map((e: any) => [e.localAssociationName, e.regionName])).toEqual([
      [la1.name, regionName(org, la1.regionId!)],
      [la1.name, regionName(org, la1.regionId!)],
    ]);
    expect(frozenEvidence.map((e: any) => e.activityId)).toContain(visits[1]!.payload.activityId);
    expect(frozenEvidence.map((e: any) => e.activityId)).not.toContain(later.payload.activityId);
  });
});
