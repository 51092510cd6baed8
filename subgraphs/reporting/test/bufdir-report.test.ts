import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { PDFParse } from "pdf-parse";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { queryRows } from "@meander/db";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { formatNumber } from "@meander/messages";
import { exportReport } from "../src/application/bufdir-export.js";
import { buildBufdirReport } from "../src/domain/bufdir-report.js";
import { replayReadModel } from "../src/replay.js";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import {
  approvedEvent,
  certificationEvent,
  generateYear,
  laCreated,
  mentorName,
  namesCreated,
  orgSetup,
  regionName,
  registeredEvent,
  rejectedEvent,
  type OrgSetup,
} from "./support/bufdir-data.js";

let h: SubgraphHarness;
const YEAR = 2025;
const orgs: OrgSetup[] = [orgSetup(5, 6), orgSetup(3, 4)];
const [orgA, orgB] = orgs as [OrgSetup, OrgSetup];
const adminOf = (org: OrgSetup) => ({
  userId: randomUUID(),
  organizationId: org.organizationId,
  localAssociationId: org.localAssociations[0]!.id,
  role: "org_admin" as const,
});
const adminA = adminOf(orgA);
const globalAdmin = { userId: randomUUID(), organizationId: null, role: "global_admin" as const };

const deliver = (...events: Parameters<SubgraphHarness["bus"]["publish"]>[0]) => deliverAndWait(h, events);

const TOTALS = "activityDays participants byActivityType { activityType activityDays participants }";
const REPORT = `query($year: Int!, $version: Int, $org: ID) { bufdirReport(year: $year, version: $version, organizationId: $org) {
  id status version organizationId year activeMentors mentors { id } ${TOTALS} byMonth { month activityDays }
  regions { regionId name ${TOTALS} localAssociations { localAssociationId name ${TOTALS} } } } }`;
const EVIDENCE = `query($year: Int!, $version: Int, $org: ID, $filter: BufdirEvidenceFilter) { bufdirEvidence(year: $year, version: $version, organizationId: $org, filter: $filter) {
  activityId mentor { id } localAssociationId regionId activityType activityDay activityDays participants } }`;
const EVIDENCE_NAMES = `query($year: Int!, $filter: BufdirEvidenceFilter) { bufdirEvidence(year: $year, filter: $filter) {
  activityType activityTypeName en: activityTypeName(language: EN) localAssociationId localAssociationName regionId regionName } }`;
const SUBMIT = `mutation($year: Int!) { submitBufdirReport(year: $year) { id status version activityDays } }`;
const EXPORT = `query($year: Int!, $version: Int, $format: ReportExportFormat!, $language: Language) {
  bufdirReportExport(year: $year, version: $version, format: $format, language: $language) { filename contentType base64 byteLength } }`;
const ORG_A_NAME = "Norges Likepersonforbund Ålesund";
/** orgA's own words (terminology settings): "avdeling" for a local association, its name for home visits. */
const TERMINOLOGY = [
  { key: "local_association", language: "nb", label: "Avdeling" },
  { key: "activity_type.home_visit", language: "nb", label: "Besøk i hjemmet" },
];

/** The activity types by name in orgA's words (bokmål). */
const TYPE_NAMES: Record<string, string> = {
  home_visit: "Besøk i hjemmet",
  group_meeting: "Samtalegruppe",
  course_day: "Likepersonskurs",
  phone_call: "Telefonsamtale",
  digital_chat: "Chat og e-post",
};

async function report(viewer: object = adminA, vars: Record<string, unknown> = {}) {
  const r = await h.call(REPORT, { year: YEAR, ...vars }, viewer as never);
  expect(r.errors).toBeUndefined();
  return r.data!.bufdirReport;
}

/** The hand-written SQL: approved, countable facts, one row per Norwegian day they cover, inside the year. */
async function expectedFromFacts(organizationId: string) {
  return queryRows<{ la: string | null; type: string; days: number; participants: number }>(
    h.db,
    sql`select f.local_association_id as la, f.activity_type as type, count(*)::int as days, sum(coalesce(f.participants, 0))::int as participants
        from reporting.activity_facts f
        cross join lateral generate_series(f.activity_day, f.activity_day + (f.day_count - 1), interval '1 day') as d(day)
        where f.organization_id = ${organizationId} and f.status = 'approved' and f.countable
          and d.day >= ${`${YEAR}-01-01`}::date and d.day < ${`${YEAR + 1}-01-01`}::date
        group by 1, 2 order by 1, 2`,
  );
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  // One batch: an activity's events share its key (one partition, in order); mentors: all but the last hold a valid basic course.
  await deliver(
    ...namesCreated(orgA, ORG_A_NAME),
    ...namesCreated(orgB, "Forbund B"),
    makeEvent(
      "organization.settings.changed",
      { organizationId: orgA.organizationId, version: 3, section: "terminology", values: { labels: TERMINOLOGY } },
      { organizationId: orgA.organizationId, aggregateId: orgA.organizationId },
    ),
    ...orgs.flatMap(laCreated),
    ...orgs.flatMap((o) => generateYear(o, YEAR, 35)),
    ...orgs.flatMap((o) => o.mentors.slice(0, -1).map((m) => certificationEvent(o.organizationId, m))),
  );
});

afterAll(() => h?.stop());

describe("Bufdir report: numbers", () => {
  it("equals a hand-written SQL query over the raw facts, for several organizations, per local association and activity type", async () => {
    for (const org of orgs) {
      const r = await report(adminOf(org));
      const expected = await expectedFromFacts(org.organizationId);
      expect(expected.length).toBeGreaterThan(3);
      const got = r.regions.flatMap((reg: any) =>
        reg.localAssociations.flatMap((la: any) =>
          la.byActivityType.map((t: any) => ({
            la: la.localAssociationId,
            type: t.activityType,
            days: t.activityDays,
            participants: t.participants,
          })),
        ),
      );
      const key = (x: { la: string | null; type: string }) => `${x.la ?? "~"}|${x.type}`;
      expect(got.sort((a: any, b: any) => key(a).localeCompare(key(b)))).toEqual(
        expected.sort((a, b) => key(a).localeCompare(key(b))),
      );
      expect(r.activityDays).toBe(expected.reduce((n, e) => n + e.days, 0));
      expect(r.participants).toBe(expected.reduce((n, e) => n + e.participants, 0));
      expect(r.byMonth.reduce((n: number, m: any) => n + m.activityDays, 0)).toBe(r.activityDays);
    }
  });

  it("rolls local associations up to their region (learned from organization's events) and regions up to the organization", async () => {
    const r = await report();
    const regionOf = new Map(orgA.localAssociations.map((la) => [la.id, la.regionId]));
    for (const region of r.regions) {
      expect(region.name).toBe(region.regionId ? regionName(orgA, region.regionId) : "Uten region");
      expect(region.activityDays).toBe(region.localAssociations.reduce((n: number, la: any) => n + la.activityDays, 0));
      for (const la of region.localAssociations) {
        expect(region.regionId).toBe(la.localAssociationId ? regionOf.get(la.localAssociationId) : null);
        if (la.localAssociationId) expect(la.name).toMatch(/^Lokallag \d+$/);
      }
    }
    expect(
      r.regions
        .map((x: any) => x.regionId)
        .filter(Boolean)
        .sort(),
    ).toEqual([...orgA.regions].sort());
    expect(r.activityDays).toBe(r.regions.reduce((n: number, x: any) => n + x.activityDays, 0));
  });

  it("counts only approved, countable activities and moves the count when an activity changes status", async () => {
    const la = orgB.localAssociations[0]!;
    const mentor = orgB.mentors[0]!;
    const before = (await report(adminOf(orgB))).activityDays;
    const visit = registeredEvent(orgB.organizationId, {
      userId: mentor,
      localAssociationId: la.id,
      activityType: "home_visit",
      activityDate: `${YEAR}-05-05T10:00:00Z`,
      durationMinutes: 60,
    });
    const notCounting = [
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "phone_call",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 60,
      }),
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "home_visit",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 60,
        country: "DK",
      }),
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "group_meeting",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 90,
        participantCount: 2,
      }),
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "group_meeting",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 44,
        participantCount: 5,
      }),
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "course_day",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 89,
      }),
      // activity's own classification wins over reporting's fallback rules.
      registeredEvent(orgB.organizationId, {
        userId: mentor,
        localAssociationId: la.id,
        activityType: "home_visit",
        activityDate: `${YEAR}-05-05T10:00:00Z`,
        durationMinutes: 60,
        bufdirCountable: false,
        bufdirReason: "mentor_without_course",
      }),
    ];
    await deliver(visit, ...notCounting);
    await deliver(...notCounting.map((e) => approvedEvent(orgB.organizationId, e.payload.activityId)));
    expect((await report(adminOf(orgB))).activityDays).toBe(before); // approved but not countable; the visit still pending
    await deliver(approvedEvent(orgB.organizationId, visit.payload.activityId));
    expect((await report(adminOf(orgB))).activityDays).toBe(before + 1);
    await deliver(approvedEvent(orgB.organizationId, visit.payload.activityId)); // a second approval changes nothing
    expect((await report(adminOf(orgB))).activityDays).toBe(before + 1);
    const later = {
      ...rejectedEvent(orgB.organizationId, visit.payload.activityId),
      occurredAt: new Date(Date.now() + 60_000).toISOString(),
    };
    await deliver(later);
    expect((await report(adminOf(orgB))).activityDays).toBe(before);
    const reasons = await queryRows<{ reason: string }>(
      h.db,
      sql`select not_countable_reason as reason from reporting.activity_facts where activity_id in (${sql.join(
        notCounting.map((e) => sql`${e.payload.activityId}`),
        sql`, `,
      )}) order by 1`,
    );
    expect(reasons.map((r) => r.reason)).toEqual([
      "abroad",
      "mentor_without_course",
      "not_in_person",
      "too_few_participants",
      "too_short",
      "too_short",
    ]);
    const declaredCountable = registeredEvent(orgB.organizationId, {
      userId: mentor,
      localAssociationId: la.id,
      activityType: "phone_call",
      activityDate: `${YEAR}-05-06T10:00:00Z`,
      durationMinutes: 60,
      bufdirCountable: true,
    });
    await deliver(declaredCountable);
    await deliver(approvedEvent(orgB.organizationId, declaredCountable.payload.activityId));
    expect((await report(adminOf(orgB))).activityDays).toBe(before + 1);
  });

  it("gives a course spanning several Norwegian days one activity-day per day (an evening past midnight one), and counts group participants per day", async () => {
    const la = orgB.localAssociations[1]!;
    const before = await report(adminOf(orgB));
    const course = registeredEvent(orgB.organizationId, {
      userId: orgB.mentors[0]!,
      localAssociationId: la.id,
      activityType: "course_day",
      activityDate: `${YEAR}-09-10T07:00:00Z`,
      durationMinutes: 3 * 24 * 60 - 600,
    });
    const group = registeredEvent(orgB.organizationId, {
      userId: orgB.mentors[0]!,
      localAssociationId: la.id,
      activityType: "group_meeting",
      activityDate: `${YEAR}-09-10T07:00:00Z`,
      durationMinutes: 60,
      participantCount: 7,
    });
    // The midnight rule (README): an evening course from 18:15 to 00:15 Norwegian time is one course day, not two.
    const evening = registeredEvent(orgB.organizationId, {
      userId: orgB.mentors[0]!,
      localAssociationId: la.id,
      activityType: "course_day",
      activityDate: `${YEAR}-09-17T16:15:00Z`,
      durationMinutes: 360,
    });
    await deliver(course, group, evening);
    await deliver(...[course, group, evening].map((e) => approvedEvent(orgB.organizationId, e.payload.activityId)));
    const after = await report(adminOf(orgB));
    expect(after.activityDays - before.activityDays).toBe(3 + 1 + 1);
    expect(after.participants - before.participants).toBe(7);
    expect(after.byMonth[8].activityDays - before.byMonth[8].activityDays).toBe(5);
  });

  it("classifies with the organization's own Bufdir thresholds from its settings events", async () => {
    const org = orgSetup(1, 1);
    const la = org.localAssociations[0]!.id;
    const settings = makeEvent(
      "organization.settings.changed",
      {
        organizationId: org.organizationId,
        version: 2,
        section: "bufdir_thresholds",
        values: {
          groupMinParticipants: 5,
          groupMinMinutes: 60,
          courseMinMinutesPerDay: 90,
          outreachInPersonOnly: true,
          requireBasicCourse: true,
        },
      },
      { organizationId: org.organizationId, aggregateId: org.organizationId },
    );
    await deliver(settings);
    const group = (participantCount: number, durationMinutes: number) =>
      registeredEvent(org.organizationId, {
        userId: org.mentors[0]!,
        localAssociationId: la,
        activityType: "group_meeting",
        activityDate: `${YEAR}-04-04T10:00:00Z`,
        durationMinutes,
        participantCount,
        status: "approved",
      });
    const groups = [group(4, 90), group(5, 59), group(5, 60)];
    await deliver(...groups);
    const rows = await queryRows<{ id: string; countable: boolean; reason: string | null }>(
      h.db,
      sql`select activity_id as id, countable, not_countable_reason as reason from reporting.activity_facts where activity_id in (${sql.join(
        groups.map((g) => sql`${g.payload.activityId}`),
        sql`, `,
      )})`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(
      groups.map((g) => [byId.get(g.payload.activityId)?.countable, byId.get(g.payload.activityId)?.reason]),
    ).toEqual([
      [false, "too_few_participants"],
      [false, "too_short"],
      [true, null],
    ]);
    expect((await report(adminOf(org))).activityDays).toBe(1);
  });

  it("counts only active mentors with a basic course valid in the year, and lists them", async () => {
    const org = orgSetup(1, 0);
    const la = org.localAssociations[0]!;
    const m = {
      valid: randomUUID(),
      none: randomUUID(),
      expiredBefore: randomUUID(),
      revoked: randomUUID(),
      paused: randomUUID(),
      notBasic: randomUUID(),
      expiredInYear: randomUUID(),
    };
    const regs = Object.values(m).map((userId) =>
      registeredEvent(org.organizationId, {
        userId,
        localAssociationId: la.id,
        activityType: "home_visit",
        activityDate: `${YEAR}-03-03T10:00:00Z`,
        durationMinutes: 60,
      }),
    );
    await deliver(...laCreated(org), ...regs);
    await deliver(
      ...regs.map((r) => approvedEvent(org.organizationId, r.payload.activityId)),
      certificationEvent(org.organizationId, m.valid),
      certificationEvent(org.organizationId, m.expiredBefore, {
        validFrom: "2020-01-01",
        validUntil: `${YEAR - 1}-12-31`,
        status: "expired",
      }),
      certificationEvent(org.organizationId, m.expiredInYear, {
        validFrom: "2020-01-01",
        validUntil: `${YEAR}-06-30`,
        status: "expired",
      }),
      certificationEvent(org.organizationId, m.revoked, { status: "revoked" }),
      certificationEvent(org.organizationId, m.paused),
      certificationEvent(org.organizationId, m.notBasic, { basicCourse: false }),
      makeEvent(
        "identity.peer_mentor.status_changed",
        { userId: m.paused, from: "active", to: "paused" },
        { aggregateId: m.paused },
      ),
    );
    const r = await report(adminOf(org));
    expect(r.activityDays).toBe(7);
    expect(r.mentors.map((x: any) => x.id).sort()).toEqual([m.valid, m.expiredInYear].sort());
    expect(r.activeMentors).toBe(2);
    await deliver(
      makeEvent(
        "identity.peer_mentor.status_changed",
        { userId: m.paused, from: "paused", to: "active" },
        { aggregateId: m.paused },
      ),
    );
    expect((await report(adminOf(org))).activeMentors).toBe(3);
    // A course certified after the mentor's activities were counted counts them in from then on.
    await deliver(certificationEvent(org.organizationId, m.none));
    expect((await report(adminOf(org))).mentors.map((x: any) => x.id)).toContain(m.none);
  });

  it("excludes the mentor without a course in the generated year too", async () => {
    const r = await report();
    const ids = r.mentors.map((x: any) => x.id);
    expect(ids).not.toContain(orgA.mentors.at(-1));
    const [row] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(distinct f.user_id)::int as n from reporting.activity_facts f
          join reporting.mentor_certifications c on c.user_id = f.user_id and c.basic_course and c.status <> 'revoked'
          where f.organization_id = ${orgA.organizationId} and f.status = 'approved' and f.countable
            and f.activity_day between ${`${YEAR}-01-01`} and ${`${YEAR}-12-31`}`,
    );
    expect(r.activeMentors).toBe(row!.n);
  });
});

describe("Bufdir report: drill-down and lifecycle", () => {
  it("drills every number down to the activities and mentors behind it", async () => {
    const r = await report();
    const la = r.regions
      .flatMap((x: any) => x.localAssociations)
      .find((x: any) => x.localAssociationId && x.activityDays > 0);
    const type = la.byActivityType[0];
    const ev = await h.call(
      EVIDENCE,
      { year: YEAR, filter: { localAssociationId: la.localAssociationId, activityType: type.activityType } },
      adminA,
    );
    expect(ev.errors).toBeUndefined();
    const rows = ev.data!.bufdirEvidence;
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (e: any) =>
          e.localAssociationId === la.localAssociationId &&
          e.activityType === type.activityType &&
          orgA.mentors.includes(e.mentor.id),
      ),
    ).toBe(true);
    expect(rows.reduce((n: number, e: any) => n + e.activityDays, 0)).toBe(type.activityDays);
    const region = r.regions.find((x: any) => x.regionId === orgA.regions[0]);
    const byRegion = await h.call(EVIDENCE, { year: YEAR, filter: { regionId: region.regionId } }, adminA);
    expect(byRegion.data!.bufdirEvidence.reduce((n: number, e: any) => n + e.activityDays, 0)).toBe(
      region.activityDays,
    );
    // What the auditor reads of each activity: names in the organization's words, never only ids.
    const named = (await h.call(EVIDENCE_NAMES, { year: YEAR, filter: { regionId: region.regionId } }, adminA)).data!
      .bufdirEvidence;
    const laNames = new Map(orgA.localAssociations.map((x) => [x.id, x.name]));
    for (const e of named) {
      expect(e.regionName).toBe(regionName(orgA, region.regionId));
      expect(e.localAssociationName).toBe(e.localAssociationId ? laNames.get(e.localAssociationId) : "Uten avdeling");
      expect(e.activityTypeName).toBe(TYPE_NAMES[e.activityType]);
    }
    expect(named.find((e: any) => e.activityType === "home_visit")).toMatchObject({
      activityTypeName: "Besøk i hjemmet",
      en: "Home visit",
    });
  });

  it("freezes a submitted report: new activities change the draft, never the version; a correction is a new version", async () => {
    const sub = await h.call(SUBMIT, { year: YEAR }, adminA);
    expect(sub.errors).toBeUndefined();
    const v1 = sub.data!.submitBufdirReport;
    expect(v1).toMatchObject({ status: "SUBMITTED" });
    const frozen = await report(adminA, { version: v1.version });
    const frozenEvidence = (await h.call(EVIDENCE, { year: YEAR, version: v1.version }, adminA)).data!.bufdirEvidence;
    expect(frozenEvidence.reduce((n: number, e: any) => n + e.activityDays, 0)).toBe(frozen.activityDays);

    const visit = registeredEvent(orgA.organizationId, {
      userId: orgA.mentors[0]!,
      localAssociationId: orgA.localAssociations[0]!.id,
      activityType: "home_visit",
      activityDate: `${YEAR}-11-11T10:00:00Z`,
      durationMinutes: 60,
    });
    await deliver(visit);
    await deliver(approvedEvent(orgA.organizationId, visit.payload.activityId));
    expect((await report(adminA)).activityDays).toBe(frozen.activityDays + 1);
    expect(await report(adminA, { version: v1.version })).toEqual(frozen);
    expect((await h.call(EVIDENCE, { year: YEAR, version: v1.version }, adminA)).data!.bufdirEvidence).toEqual(
      frozenEvidence,
    );

    const v2 = (await h.call(SUBMIT, { year: YEAR }, adminA)).data!.submitBufdirReport;
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.activityDays).toBe(frozen.activityDays + 1);
    const versions = await h.call(
      `query($y: Int!) { bufdirReportVersions(year: $y) { version activityDays } }`,
      { y: YEAR },
      adminA,
    );
    expect(versions.data!.bufdirReportVersions).toEqual([
      { version: v2.version, activityDays: v2.activityDays },
      { version: v1.version, activityDays: frozen.activityDays },
    ]);
    await expect(
      h.db.execute(sql`update reporting.bufdir_reports set year = 1999 where id = ${v1.id}`),
    ).rejects.toThrow();
    await expect(h.db.execute(sql`delete from reporting.bufdir_report_evidence`)).rejects.toThrow();
  });
});

describe("Bufdir report: exports, read as a reader would", () => {
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  const n = (x: number) => formatNumber(x).replace(/\u00a0/g, " ");
  const regionLabel = (id: string | null) => (id ? regionName(orgA, id) : "Uten region");
  const laLabel = (la: { localAssociationId: string | null; name: string | null }) =>
    la.localAssociationId ? la.name! : "Uten avdeling";

  async function exported(format: "CSV" | "XLSX" | "PDF", language?: "NB" | "NN" | "EN") {
    const r = await h.call(EXPORT, { year: YEAR, format, language }, adminA);
    expect(r.errors).toBeUndefined();
    const file = r.data!.bufdirReportExport;
    const body = Buffer.from(file.base64, "base64");
    expect(body.length).toBe(file.byteLength);
    expect(file.filename).not.toMatch(UUID);
    return { file, body };
  }

  it("CSV: UTF-8 with BOM and `;`, every line by name in the organization's words, parsing back to the report's numbers", async () => {
    const r = await report();
    const csv = await exported("CSV");
    expect(csv.file.contentType).toMatch(/^text\/csv/);
    expect(csv.file.filename).toBe("bufdir-rapport-norges-2025-utkast.csv");
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.toString("utf8")).not.toMatch(UUID);
    const rows: string[][] = parseCsv(csv.body, {
      bom: true,
      delimiter: ";",
      relax_column_count: true,
      skip_empty_lines: true,
    });
    expect(rows[0]).toEqual(["Nivå", "Region", "Avdeling", "Aktivitetstype", "Aktivitetsdager", "Deltakere"]);
    const records = rows.slice(1).filter((x) => x.length === 6);
    const line = (level: string, region: string, la: string, type: string) =>
      records.find((x) => x[0] === level && x[1] === region && x[2] === la && x[3] === type);
    expect(line("Organisasjon", "", "", "Alle")?.slice(4)).toEqual([String(r.activityDays), String(r.participants)]);
    for (const region of r.regions) {
      expect(Number(line("Region", regionLabel(region.regionId), "", "Alle")?.[4])).toBe(region.activityDays);
      for (const la of region.localAssociations) {
        for (const t of la.byActivityType)
          expect(
            Number(line("Avdeling", regionLabel(region.regionId), laLabel(la), TYPE_NAMES[t.activityType]!)?.[4]),
          ).toBe(t.activityDays);
      }
    }
    expect(rows.find((x) => x[0] === "Organisasjon" && x.length === 2)?.[1]).toBe(ORG_A_NAME);
    expect(rows.find((x) => x[0] === "Aktive likepersoner med gyldig grunnkurs")?.[1]).toBe(String(r.activeMentors));
    const english: string[][] = parseCsv((await exported("CSV", "EN")).body, {
      bom: true,
      delimiter: ";",
      relax_column_count: true,
    });
    expect(english[0]).toEqual([
      "Level",
      "Region",
      "Local association",
      "Activity type",
      "Activity days",
      "Participants",
    ]);
  });

  it("XLSX: one sheet per view with a frozen header, typed cells (numbers, dates), names and no ids", async () => {
    const r = await report();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported("XLSX")).body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sammendrag",
      "Regioner",
      "Lokallag",
      "Aktivitetstyper",
      "Måneder",
      "Likepersoner",
    ]);
    const values = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues().filter(Boolean) as unknown[][]).slice(1).map((row) => row.slice(1));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(14);
      ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(UUID)));
    }
    const summary = new Map(values("Sammendrag").map(([k, v]) => [k, v]));
    expect(summary.get("Organisasjon")).toBe(ORG_A_NAME);
    expect(summary.get("År")).toBe(YEAR);
    expect((summary.get("Periode: fra") as Date).toISOString().slice(0, 10)).toBe(`${YEAR}-01-01`);
    expect(summary.get("Tellende aktivitetsdager")).toBe(r.activityDays);
    expect(summary.get("Aktive likepersoner med gyldig grunnkurs")).toBe(r.activeMentors);
    const regions = values("Regioner");
    expect(new Set(regions.map((x) => x[0]))).toEqual(new Set(r.regions.map((g: any) => regionLabel(g.regionId))));
    const sum = (rows: unknown[][], col: number) => rows.reduce((s, x) => s + (x[col] as number), 0);
    expect(sum(regions, 1)).toBe(r.activityDays);
    const perLa = values("Lokallag");
    expect(perLa.every((x) => typeof x[3] === "number" && typeof x[4] === "number")).toBe(true);
    expect(sum(perLa, 3)).toBe(r.activityDays);
    const months = values("Måneder");
    expect(months.map((x) => x[0])).toEqual([
      "januar",
      "februar",
      "mars",
      "april",
      "mai",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "desember",
    ]);
    expect(months.every((x) => x[1] instanceof Date)).toBe(true);
    expect(sum(months, 2)).toBe(r.activityDays);
    expect(values("Likepersoner").map((x) => x[0])).toEqual(
      r.mentors.map((m: any) => mentorName(orgA, m.id)).sort(new Intl.Collator("nb").compare),
    );
  });

  it("PDF: cover, charts, tables and the mentors appendix by name on numbered pages, no id anywhere; page 1 renders", async () => {
    const r = await report();
    const pdf = await exported("PDF");
    expect(pdf.file.contentType).toBe("application/pdf");
    const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
    const text = await parser.getText();
    // Words as a reader sees them: a label wrapped onto two lines reads as one.
    const pages = text.pages.map((p) => p.text.replace(/\s+/g, " "));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((p, i) => expect(p).toContain(`Side ${i + 1} av ${pages.length}`));
    expect(pages.join("\n")).not.toMatch(UUID);
    const cover = pages[0]!;
    for (const s of [
      `Bufdir-rapport ${YEAR}`,
      ORG_A_NAME,
      `01.01.${YEAR}\u201331.12.${YEAR}`,
      "Utkast, laget",
      "Tellende aktivitetsdager",
      n(r.activityDays),
      n(r.participants),
      "Aktive likepersoner med gyldig grunnkurs",
    ]) {
      expect(cover).toContain(s);
    }
    for (const g of r.regions) expect(cover).toContain(regionLabel(g.regionId));
    const all = pages.join("\n");
    for (const s of [
      "Aktivitetsdager per måned",
      "Aktivitetsdager per region",
      "Aktivitetsdager per aktivitetstype",
      "Per avdeling",
      "Besøk i hjemmet",
      "Lokallag 1",
      "Uten avdeling",
      "Vedlegg: likepersoner som telles",
    ]) {
      expect(all).toContain(s);
    }
    for (const m of r.mentors) expect(pages.at(-1)).toContain(mentorName(orgA, m.id));
    // Page 1 rendered to an image (pdf.js + @napi-rs/canvas): not blank, and the totals' boxes are drawn.
    const shot = await parser.getScreenshot({ first: 1, scale: 0.5, imageBuffer: true, imageDataUrl: false });
    await parser.destroy();
    const png = await loadImage(Buffer.from(shot.pages[0]!.data));
    const canvas = createCanvas(png.width, png.height);
    const g = canvas.getContext("2d");
    g.drawImage(png, 0, 0);
    const px = g.getImageData(0, 0, png.width, png.height).data;
    let ink = 0;
    let boxes = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) ink++;
      if (Math.abs(px[i]! - 0x2f) < 24 && Math.abs(px[i + 1]! - 0x6f) < 24 && Math.abs(px[i + 2]! - 0x9f) < 24) boxes++;
    }
    expect(ink / (px.length / 4)).toBeGreaterThan(0.02);
    expect(boxes).toBeGreaterThan(2000);
  });

  it("PDF: a long table breaks across pages with its header repeated, in nynorsk on request", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      localAssociationId: randomUUID(),
      regionId: orgA.regions[0]!,
      activityType: i % 2 ? "home_visit" : "course_day",
      activityDays: i + 1,
      participants: 0,
    }));
    const content = buildBufdirReport({
      organizationId: orgA.organizationId,
      year: YEAR,
      rows,
      months: [],
      localAssociationNames: new Map(rows.map((x, i) => [x.localAssociationId, `Lag nummer ${i + 1}`])),
      mentorIds: [],
    });
    const names = {
      organization: { name: ORG_A_NAME, shortName: "NLF" },
      regions: new Map([[orgA.regions[0]!, "Region Øst"]]),
      localAssociations: new Map(),
      people: new Map(),
      terminology: [],
    };
    const file = await exportReport(
      {
        ...content,
        id: null,
        status: "DRAFT",
        version: null,
        submittedAt: null,
        submittedBy: null,
        generatedAt: new Date(),
      },
      "PDF",
      names,
      "nn",
    );
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(file.base64, "base64")) });
    const pages = (await parser.getText()).pages.map((p) => p.text);
    await parser.destroy();
    const tablePages = pages.filter((p) => p.includes("Lag nummer"));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const p of tablePages) expect(p).toContain("Region / Lokallag");
    expect(pages[0]).toContain("Tellande aktivitetsdagar");
    expect(pages.join("\n")).not.toMatch(UUID);
  });
});

describe("Bufdir report: access and validation", () => {
  it("refuses coordinators and mentors, another organization's report, a global administrator without an organization, and a year out of range", async () => {
    const coordinator = { ...adminA, role: "coordinator" as const };
    expect((await h.call(REPORT, { year: YEAR }, coordinator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await h.call(SUBMIT, { year: YEAR }, { ...adminA, role: "peer_mentor" as const })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await h.call(REPORT, { year: YEAR, org: orgB.organizationId }, adminA)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await h.call(SUBMIT, { year: YEAR }, globalAdmin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noOrg = await h.call(REPORT, { year: YEAR }, globalAdmin);
    expect(noOrg.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "organizationId",
      rule: "required_fields",
    });
    const anyOrg = await h.call(REPORT, { year: YEAR, org: orgB.organizationId }, globalAdmin);
    expect(anyOrg.data?.bufdirReport.activityDays).toBe((await report(adminOf(orgB))).activityDays);
    for (const year of [1999, 2101]) {
      const bad = await h.call(REPORT, { year }, adminA);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year", rule: "year_range" });
    }
    expect((await h.call(REPORT, { year: YEAR, version: 99 }, adminA)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("read model: replay", () => {
  it("rebuilds facts and rollups from the topics to the same report, leaving submitted versions alone", async () => {
    const before = await report();
    const versionsBefore = (
      await h.call(`query($y: Int!) { bufdirReportVersions(year: $y) { version activityDays } }`, { y: YEAR }, adminA)
    ).data!.bufdirReportVersions;
    const factsBefore = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from reporting.activity_facts`,
    );
    await replayReadModel({ db: h.db, bus: h.bus });
    expect(await queryRows(h.db, sql`select count(*)::int as n from reporting.activity_facts`)).toEqual(factsBefore);
    expect(await report()).toEqual(before);
    expect(
      (await h.call(`query($y: Int!) { bufdirReportVersions(year: $y) { version activityDays } }`, { y: YEAR }, adminA))
        .data!.bufdirReportVersions,
    ).toEqual(versionsBefore);
  }, 60_000); // replay re-reads every topic: under a loaded machine it took ~30 s
});
