import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, type World } from "./world.js";

let h: SubgraphHarness;
let w: World;
const coordA2 = randomUUID();
const coord2 = randomUUID();
const delivered: EventEnvelope[] = [];
const asCoordA2 = (): MintOptions => ({
  userId: coordA2,
  organizationId: w.org.a,
  localAssociationId: w.la.a2,
  role: "coordinator",
});
const asCoord2 = (): MintOptions => ({
  userId: coord2,
  organizationId: w.org.a,
  localAssociationId: w.la.a1,
  role: "coordinator",
});

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  w = await arrangeWorld(h);
  await h.bus.publish([
    makeEvent(
      "organization.membership.added",
      {
        membershipId: randomUUID(),
        userId: coordA2,
        localAssociationId: w.la.a2,
        role: "coordinator",
        isPrimary: true,
      },
      { organizationId: w.org.a },
    ),
    makeEvent(
      "organization.membership.added",
      { membershipId: randomUUID(), userId: coord2, localAssociationId: w.la.a1, role: "coordinator", isPrimary: true },
      { organizationId: w.org.a },
    ),
  ]);
  await h.bus.idle();
  await h.bus.subscribe({
    group: "gathering-probe",
    topics: ["meander.activity"],
    handler: async (e) => void delivered.push(e),
  });
});

afterAll(() => h?.stop());

const G = "id status capacity registeredCount spotsLeft activityTypeKey localAssociation { id } organizer { id }";
const CREATE = `mutation($input: CreateGatheringInput!) { createGathering(input: $input) { ${G} } }`;
const GET = `query($id: ID!) { gathering(id: $id) { ${G} registrations { user { id } status isProxyRegistration registeredBy { id } activityId } } }`;
const LIST = `query { gatherings(first: 100) { edges { node { id } } } }`;
const PUBLISH = `mutation($id: ID!) { publishGathering(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelGathering(id: $id, reason: "Sykdom") { id status cancelReason } }`;
const REG = `mutation($g: ID!, $u: ID) { registerForGathering(gatheringId: $g, userId: $u) { id status isProxyRegistration user { id } registeredBy { id } } }`;
const ATTEND = `mutation($g: ID!, $u: [ID!]!, $c: Boolean) { recordGatheringAttendance(gatheringId: $g, attendedUserIds: $u, createActivities: $c) {
  gathering { status } registrations { user { id } status activityId }
  createdActivities { id userId eventId isProxyRegistration proxySubmittedBy activityType durationMinutes participantCount isBulkRegistration status title } } }`;

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const ongoing = {
  title: "Samtalegruppe",
  activityTypeKey: "group_meeting",
  startsAt: hours(-1),
  endsAt: hours(1),
  location: "Bergen",
};
const upcoming = { ...ongoing, startsAt: hours(48), endsAt: hours(50) };

async function create(as: MintOptions, input: Record<string, unknown>) {
  const r = await h.call(CREATE, { input }, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createGathering as { id: string; status: string };
}
const ext = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;
const listIds = async (as: MintOptions) =>
  ((await h.call(LIST, {}, as)).data!.gatherings.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);

describe("gatherings: create, publish, cancel", () => {
  it("a coordinator creates and publishes a gathering; gathering.published is delivered", async () => {
    const g = await create(w.as(w.user.coord), { ...upcoming, capacity: 10, publish: true });
    expect(g).toMatchObject({
      status: "PUBLISHED",
      capacity: 10,
      registeredCount: 0,
      spotsLeft: 10,
      activityTypeKey: "group_meeting",
      localAssociation: { id: w.la.a1 },
      organizer: { id: w.user.coord },
    });
    await h.bus.idle();
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === g.id && e.type === "activity.gathering.published"))
      .toMatchObject({
        organizationId: w.org.a,
        actorId: w.user.coord,
        payload: { gatheringId: g.id, localAssociationId: w.la.a1, capacity: 10, activityType: "group_meeting" },
      });
  });

  it("names every fault of a new gathering at once", async () => {
    const r = await h.call(
      CREATE,
      { input: { ...upcoming, title: " ", activityTypeKey: "skydiving", capacity: 0 } },
      w.as(w.user.coord),
    );
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", rule: "required_fields", field: "title" });
    expect((ext(r)!.violations as Array<{ field: string; rule: string }>).map((v) => `${v.field}:${v.rule}`)).toEqual([
      "title:required_fields",
      "capacity:capacity_positive",
      "activityTypeKey:activity_type_enum",
    ]);
  });

  it("a mentor's draft is seen by them and coordinators only until published", async () => {
    const g = await create(w.as(w.user.kari), upcoming);
    expect(g.status).toBe("DRAFT");
    expect((await h.call(GET, { id: g.id }, w.as(w.user.ola))).data!.gathering).toBeNull();
    expect((await h.call(GET, { id: g.id }, w.as(w.user.coord))).data!.gathering.status).toBe("DRAFT");
    expect((await h.call(PUBLISH, { id: g.id }, w.as(w.user.kari))).data!.publishGathering.status).toBe("PUBLISHED");
    expect((await h.call(GET, { id: g.id }, w.as(w.user.ola))).data!.gathering.status).toBe("PUBLISHED");
    expect(await listIds(w.as(w.user.ola))).toContain(g.id);
  });

  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["required_fields", "title", { title: " " }],
    ["title_length", "title", { title: "x".repeat(201) }],
    ["description_length", "description", { description: "x".repeat(5001) }],
    ["gathering_time_range", "endsAt", { endsAt: upcoming.startsAt }],
    ["gathering_time_range", "endsAt", { endsAt: hours(73) }],
    ["capacity_positive", "capacity", { capacity: 0 }],
    ["activity_type_enum", "activityTypeKey", { activityTypeKey: "skydiving" }],
    ["activity_type_enum", "activityTypeKey", { activityTypeKey: "retired_visit" }],
  ];
  it.each(cases)("refuses bad input with rule %s on %s and creates nothing", async (rule, field, input) => {
    const before = await listIds(w.as(w.user.coord));
    const r = await h.call(CREATE, { input: { ...upcoming, ...input } }, w.as(w.user.coord));
    expect(r.data).toBeNull();
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
    expect(await listIds(w.as(w.user.coord))).toEqual(before);
  });

  it("gathering_status_transition and gathering_organizer_only", async () => {
    const g = await create(w.as(w.user.coord), { ...upcoming, publish: true });
    expect(ext(await h.call(CANCEL, { id: g.id }, w.as(w.user.ola)))).toMatchObject({
      code: "FORBIDDEN",
      rule: "gathering_organizer_only",
    });
    expect(ext(await h.call(PUBLISH, { id: g.id }, w.as(w.user.coord)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "gathering_status_transition",
      field: "status",
    });
    expect((await h.call(CANCEL, { id: g.id }, w.as(w.user.admin))).data!.cancelGathering).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Sykdom",
    });
    expect(ext(await h.call(PUBLISH, { id: g.id }, w.as(w.user.coord)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "gathering_status_transition",
    });
    expect(ext(await h.call(REG, { g: g.id }, w.as(w.user.kari)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "registration_open",
    });
    await h.bus.idle();
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === g.id && e.type === "activity.gathering.cancelled"))
      .toEqual(
        expect.objectContaining({ version: 2, payload: { gatheringId: g.id, cancelledBy: w.user.admin } }), // ids only: the reason is the gathering's (cancelReason above)
      );
  });
});

describe("gatherings: registration", () => {
  it("self-registration and a coordinator's registration on behalf of a mentor; registration_added is delivered", async () => {
    const g = await create(w.as(w.user.coord), { ...upcoming, publish: true });
    const self = await h.call(REG, { g: g.id }, w.as(w.user.kari));
    expect(self.data!.registerForGathering).toMatchObject({
      status: "REGISTERED",
      isProxyRegistration: false,
      user: { id: w.user.kari },
      registeredBy: { id: w.user.kari },
    });
    const proxy = await h.call(REG, { g: g.id, u: w.user.ola }, w.as(w.user.coord));
    expect(proxy.data!.registerForGathering).toMatchObject({
      isProxyRegistration: true,
      user: { id: w.user.ola },
      registeredBy: { id: w.user.coord },
    });
    expect((await h.call(GET, { id: g.id }, w.as(w.user.kari))).data!.gathering.registeredCount).toBe(2);
    await h.bus.idle();
    await expect
      .poll(
        () =>
          delivered.filter((e) => e.aggregateId === g.id && e.type === "activity.gathering.registration_added").length,
      )
      .toBe(2);
    expect(
      delivered.find(
        (e) =>
          e.type === "activity.gathering.registration_added" &&
          (e.payload as { userId: string }).userId === w.user.ola &&
          e.aggregateId === g.id,
      )?.payload,
    ).toMatchObject({ registeredBy: w.user.coord, isProxyRegistration: true });

    expect(ext(await h.call(REG, { g: g.id }, w.as(w.user.kari)))).toMatchObject({
      code: "CONFLICT",
      rule: "duplicate_registration",
    });
    expect(ext(await h.call(REG, { g: g.id, u: w.user.coord }, w.as(w.user.kari)))).toMatchObject({
      code: "FORBIDDEN",
      rule: "owner_attribution_on_proxy",
    });
    expect(ext(await h.call(REG, { g: g.id, u: w.user.per }, w.as(w.user.coord)))).toMatchObject({
      code: "FORBIDDEN",
      rule: "coordinator_proxy_scope",
    });
    expect(ext(await h.call(REG, { g: g.id, u: w.user.nina }, w.as(w.user.coord)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "valid_user_reference",
      field: "userId",
    });
    expect((await h.call(GET, { id: g.id }, w.as(w.user.coord))).data!.gathering.registeredCount).toBe(2);
  });

  it("refuses registration for a draft and for a gathering that has ended (registration_open)", async () => {
    const draft = await create(w.as(w.user.kari), upcoming);
    expect(ext(await h.call(REG, { g: draft.id }, w.as(w.user.kari)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "registration_open",
      field: "gatheringId",
    });
    const past = await create(w.as(w.user.coord), {
      ...ongoing,
      startsAt: hours(-5),
      endsAt: hours(-3),
      publish: true,
    });
    expect(ext(await h.call(REG, { g: past.id }, w.as(w.user.kari)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "registration_open",
    });
  });

  it("never overbooks: of two concurrent registrations for the last place one wins (gathering_capacity)", async () => {
    for (let round = 0; round < 3; round++) {
      const g = await create(w.as(w.user.coord), { ...upcoming, capacity: 1, publish: true });
      const [a, b] = await Promise.all([
        h.call(REG, { g: g.id }, w.as(w.user.kari)),
        h.call(REG, { g: g.id }, w.as(w.user.ola)),
      ]);
      const ok = [a, b].filter((r) => !r.errors);
      const refused = [a, b].filter((r) => r.errors);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(ext(refused[0]!)).toMatchObject({ code: "CONFLICT", rule: "gathering_capacity", field: "gatheringId" });
      expect((await h.call(GET, { id: g.id }, w.as(w.user.coord))).data!.gathering).toMatchObject({
        registeredCount: 1,
        spotsLeft: 0,
      });
    }
  });

  it("a coordinator of another local association sees nothing and registers no one from ours", async () => {
    const g = await create(w.as(w.user.coord), { ...ongoing, publish: true });
    expect((await h.call(GET, { id: g.id }, asCoordA2())).data!.gathering).toBeNull();
    expect(await listIds(asCoordA2())).not.toContain(g.id);
    expect(ext(await h.call(REG, { g: g.id, u: w.user.per }, asCoordA2()))).toMatchObject({ code: "NOT_FOUND" });
    expect(ext(await h.call(ATTEND, { g: g.id, u: [] }, asCoordA2()))).toMatchObject({ code: "NOT_FOUND" });
    const own = await create(asCoordA2(), { ...upcoming, publish: true });
    expect(ext(await h.call(REG, { g: own.id, u: w.user.kari }, asCoordA2()))).toMatchObject({
      code: "FORBIDDEN",
      rule: "coordinator_proxy_scope",
    });
    expect(
      (await h.call(REG, { g: own.id, u: w.user.per }, asCoordA2())).data!.registerForGathering.isProxyRegistration,
    ).toBe(true);
  });

  it("another organization sees nothing and cannot register", async () => {
    const g = await create(w.as(w.user.coord), { ...upcoming, publish: true });
    for (const who of [w.user.coordB, w.user.nina]) {
      expect((await h.call(GET, { id: g.id }, w.as(who))).data!.gathering).toBeNull();
      expect(await listIds(w.as(who))).toEqual([]);
      expect(ext(await h.call(REG, { g: g.id }, w.as(who)))).toMatchObject({ code: "NOT_FOUND" });
      expect(ext(await h.call(CANCEL, { id: g.id }, w.as(who)))).toMatchObject({ code: "NOT_FOUND" });
    }
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gathering { id status } } }`;
    const reps = [{ __typename: "Gathering", id: g.id }];
    expect((await h.call(ENTITIES, { r: reps }, w.as(w.user.coordB))).data!._entities).toEqual([null]);
    expect((await h.call(ENTITIES, { r: reps }, w.as(w.user.kari))).data!._entities).toEqual([
      { id: g.id, status: "PUBLISHED" },
    ]);
    expect((await h.call(ENTITIES, { r: reps })).data?._entities?.[0] ?? null).toBeNull();
  });
});

describe("gatherings: attendance", () => {
  it("creates one activity per attendee through activity registration, exactly once", async () => {
    const g = await create(w.as(w.user.coord), { ...ongoing, publish: true });
    for (const u of [w.user.kari, w.user.ola, w.user.coord])
      expect((await h.call(REG, { g: g.id }, w.as(u))).errors).toBeUndefined();

    const first = await h.call(ATTEND, { g: g.id, u: [w.user.kari, w.user.coord] }, w.as(w.user.coord));
    expect(first.errors).toBeUndefined();
    const r1 = first.data!.recordGatheringAttendance;
    expect(r1.gathering.status).toBe("COMPLETED");
    expect(r1.createdActivities).toHaveLength(2);
    const kari = r1.createdActivities.find((a: { userId: string }) => a.userId === w.user.kari);
    expect(kari).toMatchObject({
      eventId: g.id,
      isProxyRegistration: true,
      proxySubmittedBy: w.user.coord,
      activityType: "group_meeting",
      durationMinutes: 120,
      participantCount: 2,
      isBulkRegistration: true,
      status: "PENDING_REVIEW",
      title: "Samtalegruppe",
    });
    expect(r1.createdActivities.find((a: { userId: string }) => a.userId === w.user.coord)).toMatchObject({
      isProxyRegistration: false,
      eventId: g.id,
    });
    const status = (
      r: { registrations: Array<{ user: { id: string }; status: string; activityId: string | null }> },
      u: string,
    ) => r.registrations.find((x) => x.user.id === u);
    expect(status(r1, w.user.kari)).toMatchObject({ status: "ATTENDED", activityId: kari.id });
    expect(status(r1, w.user.ola)).toMatchObject({ status: "ABSENT", activityId: null });

    // Recording again (Ola turned up after all): only Ola's activity is new, Kari's is not duplicated.
    const second = (await h.call(ATTEND, { g: g.id, u: [w.user.kari, w.user.coord, w.user.ola] }, w.as(w.user.coord)))
      .data!.recordGatheringAttendance;
    expect(second.createdActivities.map((a: { userId: string }) => a.userId)).toEqual([w.user.ola]);
    expect(status(second, w.user.kari)!.activityId).toBe(kari.id);
    const again = (await h.call(ATTEND, { g: g.id, u: [w.user.kari, w.user.coord, w.user.ola] }, w.as(w.user.coord)))
      .data!.recordGatheringAttendance;
    expect(again.createdActivities).toEqual([]);

    const acts = await h.call(
      `query { activities(first: 100) { edges { node { id eventId userId } } } }`,
      {},
      w.as(w.user.coord),
    );
    const linked = (acts.data!.activities.edges as Array<{ node: { eventId: string | null; userId: string } }>).filter(
      (e) => e.node.eventId === g.id,
    );
    expect(linked.map((e) => e.node.userId).sort()).toEqual([w.user.kari, w.user.ola, w.user.coord].sort());
    await h.bus.idle();
    await expect
      .poll(
        () =>
          delivered.filter((e) => e.aggregateId === g.id && e.type === "activity.gathering.attendance_recorded").length,
      )
      .toBe(3);
    expect(
      delivered.find((e) => e.aggregateId === g.id && e.type === "activity.gathering.attendance_recorded")?.payload,
    ).toMatchObject({ activityIds: expect.arrayContaining([kari.id]), absentUserIds: [w.user.ola] });
  });

  it("records attendance without activities when asked, then adds them later", async () => {
    const g = await create(w.as(w.user.coord), { ...ongoing, publish: true });
    await h.call(REG, { g: g.id }, w.as(w.user.kari));
    const r = (await h.call(ATTEND, { g: g.id, u: [w.user.kari], c: false }, w.as(w.user.coord))).data!
      .recordGatheringAttendance;
    expect(r.createdActivities).toEqual([]);
    expect(r.registrations[0]).toMatchObject({ status: "ATTENDED", activityId: null });
    const later = (await h.call(ATTEND, { g: g.id, u: [w.user.kari] }, w.as(w.user.coord))).data!
      .recordGatheringAttendance;
    expect(later.createdActivities).toHaveLength(1);
  });

  it("is all or nothing: an attendee whose activity breaks a rule stops the whole recording (bulk_batch_atomicity)", async () => {
    const g = await create(w.as(w.user.coord), { ...ongoing, publish: true });
    await h.call(REG, { g: g.id }, w.as(w.user.kari));
    await h.call(REG, { g: g.id }, asCoord2());
    // coord2 is a coordinator, not a peer mentor: coordinator_proxy_scope refuses registering their activity by proxy.
    const r = await h.call(ATTEND, { g: g.id, u: [w.user.kari, coord2] }, w.as(w.user.coord));
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", rule: "bulk_batch_atomicity" });
    expect((ext(r)!.rows as Array<{ userId: string; rule: string }>)[0]).toMatchObject({
      userId: coord2,
      rule: "coordinator_proxy_scope",
    });
    const after = (await h.call(GET, { id: g.id }, w.as(w.user.coord))).data!.gathering;
    expect(after.status).toBe("PUBLISHED");
    expect(
      after.registrations.map((x: { status: string; activityId: string | null }) => [x.status, x.activityId]),
    ).toEqual([
      ["REGISTERED", null],
      ["REGISTERED", null],
    ]);
  });

  it("refuses attendance before the start, for unregistered users, by mentors and by others", async () => {
    const future = await create(w.as(w.user.coord), { ...upcoming, publish: true });
    expect(ext(await h.call(ATTEND, { g: future.id, u: [] }, w.as(w.user.coord)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "attendance_after_start",
    });
    const g = await create(w.as(w.user.coord), { ...ongoing, publish: true });
    expect(ext(await h.call(ATTEND, { g: g.id, u: [w.user.kari] }, w.as(w.user.coord)))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "registration_required",
      field: "attendedUserIds",
    });
    expect(ext(await h.call(ATTEND, { g: g.id, u: [] }, w.as(w.user.kari)))?.code).toBe("FORBIDDEN");
    expect(ext(await h.call(ATTEND, { g: g.id, u: [] }, w.as(w.user.coordB)))).toMatchObject({ code: "NOT_FOUND" });
    expect((await h.call(GET, { id: g.id }, w.as(w.user.coord))).data!.gathering.status).toBe("PUBLISHED");
  });
});
