import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope, type UnitOfWork } from "@meander/events";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { sweepCertificationStatuses } from "../src/application/certifications.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { as, eventually, joined } from "./support.js";

let h: SubgraphHarness;
let jobs: UnitOfWork;
const published: EventEnvelope[] = [];
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const adminB = as(randomUUID(), orgB, randomUUID(), "org_admin");
const mentor = () => joined(h, as(randomUUID(), orgA, laA, "peer_mentor"));

const CERT = `id status validFrom validUntil revokedReason user { id } type { key basicCourse } course { id } renewals { validFrom validUntil course { id } }`;
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const eventsOf = (certificationId: string) =>
  published.filter((e) => e.aggregateId === certificationId).map((e) => e.type);

async function certType(input: Record<string, unknown>, who = adminA) {
  return h.call(
    `mutation($i: CreateCertificationTypeInput!) { createCertificationType(input: $i) { id key name validityMonths basicCourse } }`,
    { i: input },
    who,
  );
}

/** A certification course on the given days, completed by a new mentor: returns the mentor's certification. */
async function complete(typeId: string, startsOn: string, endsOn: string, person?: ReturnType<typeof as>) {
  const who = person ?? (await mentor());
  const c = await h.call(
    `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id certificationType { id } } }`,
    {
      i: {
        title: "Grunnkurs",
        kind: "CERTIFICATION",
        capacity: 10,
        startsOn,
        endsOn,
        status: "OPEN",
        certificationTypeId: typeId,
      },
    },
    adminA,
  );
  expect(c.errors).toBeUndefined();
  expect(c.data?.createCourse.certificationType.id).toBe(typeId);
  const e = await h.call(
    `mutation($c: ID!) { enrollInCourse(courseId: $c) { id } }`,
    { c: c.data!.createCourse.id },
    who,
  );
  const done = await h.call(
    `mutation($e: ID!) { recordCourseAttendance(enrollmentId: $e) { status } }`,
    { e: e.data!.enrollInCourse.id },
    coordinatorA,
  );
  expect(done.errors).toBeUndefined();
  const mine = await h.call(`{ myCertifications { ${CERT} } }`, {}, who);
  expect(mine.errors).toBeUndefined();
  return {
    courseId: c.data!.createCourse.id as string,
    who,
    cert: mine.data!.myCertifications.find((x: { type: { key: string } }) => x),
  };
}

let basic: string;
let workshop: string;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000 }));
  jobs = createUnitOfWork(h.db, eventStore);
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.engagement"],
    handler: async (e) => void published.push(e),
  });
  basic = (
    await certType({ key: "grunnkurs", name: "Grunnkurs for likepersoner", validityMonths: 12, basicCourse: true })
  ).data!.createCertificationType.id;
  workshop = (await certType({ key: "verksted", name: "Verksted" })).data!.createCertificationType.id;
});

afterAll(() => h?.stop());

describe("engagement: certification types", () => {
  it("creates types and names the broken rule (key_format, name_length, validity_positive); a key is unique per organization", async () => {
    const types = await h.call(`{ certificationTypes { key validityMonths basicCourse } }`, {}, await mentor());
    expect(types.data?.certificationTypes).toEqual([
      { key: "grunnkurs", validityMonths: 12, basicCourse: true },
      { key: "verksted", validityMonths: null, basicCourse: false },
    ]);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ key: "Grunn kurs", name: "x" }, "key_format", "key"],
      [{ key: "ok", name: "  " }, "name_length", "name"],
      [{ key: "ok", name: "x", validityMonths: 0 }, "validity_positive", "validityMonths"],
    ];
    for (const [input, rule, field] of cases)
      expect((await certType(input)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    const two = await certType({ key: "Grunn kurs", name: " " });
    expect((two.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "key_format",
      "name_length",
    ]);
    expect((await certType({ key: "grunnkurs", name: "Igjen" })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await certType({ key: "grunnkurs", name: "HLF" }, adminB)).errors).toBeUndefined();
    expect((await certType({ key: "x", name: "x" }, coordinatorA)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a course with another organization's certification type (certification_type_exists)", async () => {
    const r = await h.call(
      `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
      { i: { title: "Kurs", kind: "CERTIFICATION", capacity: 3, startsOn: "2027-01-01", certificationTypeId: basic } },
      adminB,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "certification_type_exists",
      field: "certificationTypeId",
    });
  });
});

describe("engagement: certifications", () => {
  it("issues the certification when the course is completed, valid from its last day, and publishes engagement.certification.issued", async () => {
    const { cert, who, courseId } = await complete(basic, "2027-03-01", "2027-03-02");
    expect(cert).toMatchObject({
      status: "ACTIVE",
      validFrom: "2027-03-02",
      validUntil: "2028-03-01",
      user: { id: who.userId },
      type: { key: "grunnkurs", basicCourse: true },
      course: { id: courseId },
      renewals: [{ validFrom: "2027-03-02", validUntil: "2028-03-01", course: { id: courseId } }],
    });
    await eventually(() => expect(eventsOf(cert.id)).toEqual(["engagement.certification.issued"]));
    const event = published.find((e) => e.aggregateId === cert.id)!;
    expect(event.organizationId).toBe(orgA);
    expect(event.payload).toEqual({
      certificationId: cert.id,
      userId: who.userId,
      organizationId: orgA,
      certificationTypeId: basic,
      certificationTypeKey: "grunnkurs",
      certificationTypeName: "Grunnkurs for likepersoner",
      basicCourse: true,
      validFrom: "2027-03-02",
      validUntil: "2028-03-01",
      status: "active",
    });
    const inbox = await h.call(`{ notifications { category title } }`, {}, who);
    expect(inbox.data?.notifications).toEqual([
      { category: "CERTIFICATION_STATUS", title: "Grunnkurs for likepersoner er utstedt" },
    ]);
  });

  it("renews the same certification on a second completed course and keeps the history", async () => {
    const first = await complete(basic, "2027-03-01", "2027-03-01");
    const second = await complete(basic, "2028-02-10", "2028-02-10", first.who);
    expect(second.cert.id).toBe(first.cert.id);
    expect(second.cert).toMatchObject({
      status: "ACTIVE",
      validFrom: "2028-02-10",
      validUntil: "2029-02-09",
      course: { id: second.courseId },
    });
    expect(second.cert.renewals.map((r: { validFrom: string }) => r.validFrom)).toEqual(["2027-03-01", "2028-02-10"]);
    await eventually(() =>
      expect(eventsOf(first.cert.id)).toEqual(["engagement.certification.issued", "engagement.certification.issued"]),
    );
  });

  it("never shortens a validity: a renewal from an older course keeps the later valid-until (issue 20 finding 6)", async () => {
    const recent = await complete(basic, "2028-02-10", "2028-02-10");
    const older = await complete(basic, "2027-03-01", "2027-03-01", recent.who);
    expect(older.cert).toMatchObject({
      id: recent.cert.id,
      status: "ACTIVE",
      validFrom: "2028-02-10",
      validUntil: "2029-02-09",
      course: { id: recent.courseId },
    });
    expect(older.cert.renewals.map((r: { validFrom: string }) => r.validFrom)).toEqual(["2028-02-10"]);
    await eventually(() => expect(eventsOf(recent.cert.id)).toEqual(["engagement.certification.issued"]));
  });

  it("never revives a revoked certification: completing another course leaves it revoked (issue 20 finding 6)", async () => {
    const { cert, who } = await complete(basic, "2027-04-01", "2027-04-01");
    const REVOKE = `mutation($id: ID!) { revokeCertification(id: $id, reason: "Brudd på taushetsplikt") { status } }`;
    expect((await h.call(REVOKE, { id: cert.id }, adminA)).data?.revokeCertification.status).toBe("REVOKED");
    const again = await complete(basic, "2027-09-01", "2027-09-01", who);
    expect(again.cert).toMatchObject({
      id: cert.id,
      status: "REVOKED",
      revokedReason: "Brudd på taushetsplikt",
      validUntil: "2028-03-31",
    });
    await eventually(() =>
      expect(eventsOf(cert.id)).toEqual(["engagement.certification.issued", "engagement.certification.revoked"]),
    );
  });

  it("moves active → expiring → expired on the right days and publishes each change once", async () => {
    const { cert } = await complete(basic, "2027-03-01", "2027-03-01"); // valid until 2028-02-29
    expect(cert.validUntil).toBe("2028-02-29");
    const none = await complete(workshop, "2027-03-01", "2027-03-01"); // never expires
    const status = async () =>
      (await h.call(`{ certifications { id status } }`, {}, coordinatorA)).data!.certifications.find(
        (c: { id: string }) => c.id === cert.id,
      ).status;

    await sweepCertificationStatuses(jobs, noon("2028-01-29"));
    expect(await status()).toBe("ACTIVE");
    await sweepCertificationStatuses(jobs, new Date("2028-01-29T23:30:00Z")); // 00:30 on 30 January in Norway
    expect(await status()).toBe("EXPIRING");
    await sweepCertificationStatuses(jobs, noon("2028-02-15")); // a second run changes nothing
    await sweepCertificationStatuses(jobs, noon("2028-02-29"));
    expect(await status()).toBe("EXPIRING");
    await sweepCertificationStatuses(jobs, noon("2028-03-01"));
    await sweepCertificationStatuses(jobs, noon("2028-03-02"));
    expect(await status()).toBe("EXPIRED");
    await eventually(() =>
      expect(eventsOf(cert.id)).toEqual([
        "engagement.certification.issued",
        "engagement.certification.expiring",
        "engagement.certification.expired",
      ]),
    );
    const expired = published.find((e) => e.aggregateId === cert.id && e.type === "engagement.certification.expired")!;
    expect(expired.payload).toMatchObject({ status: "expired", validUntil: "2028-02-29", basicCourse: true });
    expect(eventsOf(none.cert.id)).toEqual(["engagement.certification.issued"]);
    const unchanged = (await h.call(`{ certifications { id status } }`, {}, coordinatorA)).data!.certifications.find(
      (c: { id: string }) => c.id === none.cert.id,
    );
    expect(unchanged.status).toBe("ACTIVE");
  });

  it("revokes with a reason (reason_required, already_revoked) and publishes engagement.certification.revoked", async () => {
    const { cert } = await complete(basic, "2027-06-01", "2027-06-01");
    const REVOKE = `mutation($id: ID!, $r: String!) { revokeCertification(id: $id, reason: $r) { ${CERT} } }`;
    expect((await h.call(REVOKE, { id: cert.id, r: " " }, adminA)).errors?.[0]?.extensions).toMatchObject({
      rule: "reason_required",
      field: "reason",
    });
    expect(
      (await h.call(REVOKE, { id: cert.id, r: "Brudd på taushetsplikt" }, coordinatorA)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await h.call(REVOKE, { id: cert.id, r: "Brudd" }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const r = await h.call(REVOKE, { id: cert.id, r: "Brudd på taushetsplikt" }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data?.revokeCertification).toMatchObject({ status: "REVOKED", revokedReason: "Brudd på taushetsplikt" });
    expect((await h.call(REVOKE, { id: cert.id, r: "Igjen" }, adminA)).errors?.[0]?.extensions).toMatchObject({
      rule: "already_revoked",
    });
    await sweepCertificationStatuses(jobs, noon("2030-01-01")); // a revoked certification never expires
    await eventually(() =>
      expect(eventsOf(cert.id)).toEqual(["engagement.certification.issued", "engagement.certification.revoked"]),
    );
  });

  it("shows a mentor their own certifications only, and other organizations none", async () => {
    const { cert, who } = await complete(workshop, "2027-07-01", "2027-07-01");
    const USER_CERTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { certifications { id } } } }`;
    const reps = { r: [{ __typename: "User", id: who.userId }] };
    expect((await h.call(USER_CERTS, reps, who)).data?._entities[0].certifications).toEqual([{ id: cert.id }]);
    expect((await h.call(USER_CERTS, reps, coordinatorA)).data?._entities[0].certifications).toEqual([{ id: cert.id }]);
    expect((await h.call(USER_CERTS, reps, await mentor())).data?._entities[0].certifications).toEqual([]);
    expect((await h.call(USER_CERTS, reps, adminB)).data?._entities[0].certifications).toEqual([]);
    expect((await h.call(`{ certifications { id } }`, {}, await mentor())).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
  });
});
