import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { addCatalogBadges, awardServiceYears } from "../src/application/badges.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { as, eventually } from "./support.js";

let h: SubgraphHarness;
const awarded: EventEnvelope[] = [];
const orgA = randomUUID();
const orgB = randomUUID();
const orgC = randomUUID(); // a catalog without a first_activity badge
const laA = randomUUID();
const laB = randomUUID();
const users = { kari: randomUUID(), ola: randomUUID(), per: randomUUID(), siri: randomUUID(), liv: randomUUID() };
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const mentorA = as(users.kari, orgA, laA, "peer_mentor");
const adminB = as(randomUUID(), orgB, laB, "org_admin");

const BADGES_OF = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on User { id badges { id awardedAt user { id } badge { key name trigger } } } }
}`;

const registered = (organizationId: string, userId: string, activityId = randomUUID(), status = "pending_review") =>
  makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId,
      localAssociationId: laA,
      activityType: "home_visit",
      activityDate: "2026-03-01T10:00:00+01:00",
      durationMinutes: 60,
      status,
    },
    { organizationId, aggregateId: activityId, actorId: userId },
  );
const approved = (organizationId: string, activityId: string) =>
  makeEvent(
    "activity.activity.approved",
    { activityId, approvedBy: adminA.userId },
    { organizationId, aggregateId: activityId, actorId: adminA.userId },
  );

async function badgesOf(userId: string, who: ReturnType<typeof as>) {
  const r = await h.call(BADGES_OF, { r: [{ __typename: "User", id: userId }] }, who);
  expect(r.errors).toBeUndefined();
  return r.data?._entities[0].badges as Array<{ badge: { key: string; trigger: string }; user: { id: string } }>;
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({ group: "probe", topics: ["meander.engagement"], handler: async (e) => void awarded.push(e) });
  const uow = createUnitOfWork(h.db, eventStore);
  const catalog = [
    { key: "first_activity", name: "Første aktivitet", description: "Registrerte sin første aktivitet" },
    { key: "ten_activities", name: "Ti aktiviteter", description: "Ti godkjente aktiviteter" },
    { key: "one_year", name: "Ett år som likeperson", description: null },
  ];
  await uow.run({ organizationId: orgA }, (tx) => addCatalogBadges(tx, orgA, catalog));
  await uow.run({ organizationId: orgB }, (tx) =>
    addCatalogBadges(tx, orgB, [{ key: "forste", name: "Første innsats", trigger: "first_activity" }]),
  );
  await uow.run({ organizationId: orgC }, (tx) => addCatalogBadges(tx, orgC, [{ key: "one_year", name: "Ett år" }]));
});

afterAll(() => h?.stop());

describe("engagement: badges", () => {
  it("lists the caller's organization's catalog only", async () => {
    const q = `{ badges { key name description trigger } }`;
    const a = await h.call(q, {}, mentorA);
    expect(a.errors).toBeUndefined();
    expect(a.data?.badges).toEqual([
      { key: "one_year", name: "Ett år som likeperson", description: null, trigger: "ONE_YEAR" },
      {
        key: "first_activity",
        name: "Første aktivitet",
        description: "Registrerte sin første aktivitet",
        trigger: "FIRST_ACTIVITY",
      },
      {
        key: "ten_activities",
        name: "Ti aktiviteter",
        description: "Ti godkjente aktiviteter",
        trigger: "APPROVED_ACTIVITIES_10",
      },
    ]);
    const b = await h.call(q, {}, adminB);
    expect(b.data?.badges.map((x: { key: string }) => x.key)).toEqual(["forste"]);
    const anon = await h.call(q, {});
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("awards first_activity on the first approved activity, exactly once, and publishes engagement.badge.awarded", async () => {
    const first = randomUUID();
    const second = randomUUID();
    const events = [registered(orgA, users.kari, first), approved(orgA, first)];
    await h.bus.publish(events);
    await h.bus.publish(events); // redelivery is harmless
    await h.bus.idle();
    await h.bus.publish([registered(orgA, users.kari, second), approved(orgA, second)]); // a second approval earns nothing new
    await h.bus.idle();

    const badges = await badgesOf(users.kari, adminA);
    expect(badges.map((b) => [b.badge.key, b.badge.trigger, b.user.id])).toEqual([
      ["first_activity", "FIRST_ACTIVITY", users.kari],
    ]);
    await eventually(() =>
      expect(awarded.filter((e) => (e.payload as { userId: string }).userId === users.kari)).toHaveLength(1),
    );
    const event = awarded.find((e) => (e.payload as { userId: string }).userId === users.kari)!;
    expect(event).toMatchObject({ type: "engagement.badge.awarded", organizationId: orgA, actorId: adminA.userId });
    expect(event.payload).toMatchObject({
      userId: users.kari,
      badgeKey: "first_activity",
      badgeName: "Første aktivitet",
      userBadgeId: event.aggregateId,
    });
    const outbox = await h.db.select().from(eventStore.outbox);
    expect(
      outbox.filter(
        (e) => e.type === "engagement.badge.awarded" && (e.payload as { userId: string }).userId === users.kari,
      ),
    ).toHaveLength(1);
    // Kari is told once, in bokmål, by the badge's name.
    const told = await h.call(`{ notifications { category title body } }`, {}, mentorA);
    expect(told.data?.notifications).toEqual([
      {
        category: "BADGE_AWARDED",
        title: "Du har fått merket «Første aktivitet»",
        body: "Gratulerer! Du har fått merket «Første aktivitet». Registrerte sin første aktivitet",
      },
    ]);
  });

  it("awards nothing for a registered activity that is not approved", async () => {
    const nils = randomUUID(); // a mentor of this test alone: Ola's approval in another test does not reach here
    await h.bus.publish([registered(orgA, nils)]);
    await h.bus.idle();
    expect(await badgesOf(nils, adminA)).toEqual([]);
  });

  it("awards once the registration arrives when the approval came first, or when registered already approved", async () => {
    const activity = randomUUID();
    await h.bus.publish([approved(orgA, activity)]);
    await h.bus.idle();
    await h.bus.publish([registered(orgA, users.ola, activity)]);
    await h.bus.idle();
    expect((await badgesOf(users.ola, adminA)).map((b) => b.badge.key)).toEqual(["first_activity"]);

    await h.bus.publish([registered(orgA, users.liv, randomUUID(), "approved")]);
    await h.bus.idle();
    expect((await badgesOf(users.liv, adminA)).map((b) => b.badge.key)).toEqual(["first_activity"]);
  });

  it("awards the ten-activities badge at the tenth approved activity", async () => {
    const ids = Array.from({ length: 10 }, () => randomUUID());
    await h.bus.publish(ids.flatMap((id) => [registered(orgA, users.siri, id), approved(orgA, id)]));
    await h.bus.idle();
    expect((await badgesOf(users.siri, adminA)).map((b) => b.badge.key)).toEqual(
      expect.arrayContaining(["first_activity", "ten_activities"]),
    );
    expect(await badgesOf(users.siri, adminA)).toHaveLength(2);
  });

  it("awards nothing when the organization's catalog has no first_activity badge", async () => {
    const activity = randomUUID();
    await h.bus.publish([registered(orgC, users.per, activity), approved(orgC, activity)]);
    await h.bus.idle();
    const r = await h.call(
      BADGES_OF,
      { r: [{ __typename: "User", id: users.per }] },
      as(randomUUID(), orgC, laA, "org_admin"),
    );
    expect(r.data?._entities[0].badges).toEqual([]);
    const outbox = await h.db.select().from(eventStore.outbox);
    expect(outbox.filter((e) => (e.payload as { userId?: string }).userId === users.per)).toEqual([]);
    expect(h.bus.deadLetters).toEqual([]);
  });

  it("shows a user's badges only within the caller's organization, and none to an anonymous caller", async () => {
    const activity = randomUUID();
    await h.bus.publish([registered(orgB, users.kari, activity), approved(orgB, activity)]);
    await h.bus.idle();
    expect((await badgesOf(users.kari, adminA)).map((b) => b.badge.key)).toEqual(["first_activity"]);
    expect((await badgesOf(users.kari, adminB)).map((b) => b.badge.key)).toEqual(["forste"]);
    const other = await badgesOf(users.ola, adminB);
    expect(other).toEqual([]);
    const anon = await h.call(BADGES_OF, { r: [{ __typename: "User", id: users.kari }] });
    expect(anon.data?._entities ?? [null]).toEqual([null]);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("engagement: course, manual and year-of-service badges", () => {
  const orgD = randomUUID();
  const laD = randomUUID();
  const adminD = as(randomUUID(), orgD, laD, "org_admin");
  const catalogOf = async () =>
    (await h.call(`{ badges { id key } }`, {}, adminD)).data!.badges as Array<{ id: string; key: string }>;

  beforeAll(async () => {
    const uow = createUnitOfWork(h.db, eventStore);
    await uow.run({ organizationId: orgD }, (tx) =>
      addCatalogBadges(tx, orgD, [
        { key: "kurs_fullfort", name: "Kurs fullført", trigger: "course_completed" },
        { key: "ildsjel", name: "Ildsjel" },
        { key: "one_year", name: "Ett år" },
      ]),
    );
  });

  it("awards course_completed when a course is completed, once however many courses follow", async () => {
    const m = as(randomUUID(), orgD, laD, "peer_mentor");
    for (const title of ["Grunnkurs", "Videregående"]) {
      const c = await h.call(
        `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
        { i: { title, kind: "CONTINUING_EDUCATION", capacity: 5, startsOn: "2027-02-01", status: "OPEN" } },
        adminD,
      );
      const e = await h.call(
        `mutation($c: ID!) { enrollInCourse(courseId: $c) { id } }`,
        { c: c.data!.createCourse.id },
        m,
      );
      const done = await h.call(
        `mutation($e: ID!) { recordCourseAttendance(enrollmentId: $e) { status } }`,
        { e: e.data!.enrollInCourse.id },
        adminD,
      );
      expect(done.errors).toBeUndefined();
    }
    expect((await badgesOf(m.userId, adminD)).map((b) => b.badge.trigger)).toEqual(["COURSE_COMPLETED"]);
    await eventually(() =>
      expect(
        awarded
          .filter((e) => (e.payload as { userId: string }).userId === m.userId)
          .map((e) => (e.payload as { badgeKey: string }).badgeKey),
      ).toEqual(["kurs_fullfort"]),
    );
  });

  it("awards a badge by hand once (CONFLICT the second time), coordinators and administrators only", async () => {
    const user = randomUUID();
    const ildsjel = (await catalogOf()).find((b) => b.key === "ildsjel")!;
    const AWARD = `mutation($b: ID!, $u: ID!) { awardBadge(badgeId: $b, userId: $u) { id badge { key trigger } user { id } } }`;
    const first = await h.call(AWARD, { b: ildsjel.id, u: user }, adminD);
    expect(first.errors).toBeUndefined();
    expect(first.data?.awardBadge).toMatchObject({ badge: { key: "ildsjel", trigger: "MANUAL" }, user: { id: user } });
    expect((await h.call(AWARD, { b: ildsjel.id, u: user }, adminD)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(
      (await h.call(AWARD, { b: ildsjel.id, u: user }, as(randomUUID(), orgD, laD, "peer_mentor"))).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await h.call(AWARD, { b: ildsjel.id, u: user }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await badgesOf(user, adminD)).toHaveLength(1);
  });

  it("awards one_year a year after the first approved activity, once", async () => {
    const m = randomUUID();
    const activity = randomUUID();
    await h.bus.publish([
      makeEvent(
        "activity.activity.registered",
        {
          activityId: activity,
          userId: m,
          localAssociationId: laD,
          activityType: "home_visit",
          activityDate: "2027-03-01T10:00:00+01:00",
          durationMinutes: 60,
          status: "approved",
        },
        { organizationId: orgD, aggregateId: activity, actorId: m },
      ),
    ]);
    await h.bus.idle();
    const uow = createUnitOfWork(h.db, eventStore);
    await awardServiceYears(uow, new Date("2028-02-28T12:00:00Z"));
    expect(await badgesOf(m, adminD)).toEqual([]);
    await awardServiceYears(uow, new Date("2028-03-02T12:00:00Z"));
    await awardServiceYears(uow, new Date("2028-03-03T12:00:00Z"));
    expect((await badgesOf(m, adminD)).map((b) => b.badge.key)).toEqual(["one_year"]);
  });
});
