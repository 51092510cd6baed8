import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const la = { a1: randomUUID(), a2: randomUUID(), b1: randomUUID(), quiet: randomUUID(), unknown: randomUUID() };
const people = { admin: randomUUID(), coordinator: randomUUID(), mentor: randomUUID(), adminB: randomUUID() };

const as = {
  adminA: { userId: people.admin, organizationId: orgA, localAssociationId: la.a1, role: "org_admin" as const },
  coordinatorA1: {
    userId: people.coordinator,
    organizationId: orgA,
    localAssociationId: la.a1,
    role: "coordinator" as const,
  },
  mentorA1: { userId: people.mentor, organizationId: orgA, localAssociationId: la.a1, role: "peer_mentor" as const },
  adminB: { userId: people.adminB, organizationId: orgB, localAssociationId: la.b1, role: "org_admin" as const },
  globalAdmin: { userId: randomUUID(), organizationId: null, role: "global_admin" as const },
};

function registered(
  organizationId: string,
  localAssociationId: string | null,
  opts: { activityId?: string; status?: string; activityDate?: string } = {},
) {
  const activityId = opts.activityId ?? randomUUID();
  return makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId: people.mentor,
      localAssociationId,
      activityType: "home_visit",
      activityDate: opts.activityDate ?? "2025-03-01T10:00:00Z",
      durationMinutes: 45,
      status: opts.status ?? "pending_review",
    },
    { organizationId, aggregateId: activityId, actorId: people.mentor },
  );
}
const approved = (organizationId: string, activityId: string, occurredAt?: string) => ({
  ...makeEvent(
    "activity.activity.approved",
    { activityId, approvedBy: people.coordinator },
    { organizationId, aggregateId: activityId },
  ),
  ...(occurredAt ? { occurredAt } : {}),
});
const rejected = (organizationId: string, activityId: string, occurredAt?: string) => ({
  ...makeEvent(
    "activity.activity.rejected",
    { activityId, rejectedBy: people.coordinator },
    { organizationId, aggregateId: activityId },
  ),
  ...(occurredAt ? { occurredAt } : {}),
});

async function deliver(...events: Parameters<SubgraphHarness["bus"]["publish"]>[0]) {
  await h.bus.publish(events);
  await h.bus.idle();
}

const LIST = `{ activityStatsByLocalAssociation { localAssociation { id } stats { registered pending approved rejected } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAssociation { id activityStats { registered pending approved rejected } } } }`;
const ref = (id: string) => ({ __typename: "LocalAssociation", id });
const counts = (registered: number, pending: number, approvedN: number, rejectedN: number) => ({
  registered,
  pending,
  approved: approvedN,
  rejected: rejectedN,
});

async function statsOf(id: string, viewer: (typeof as)[keyof typeof as] = as.adminA) {
  const r = await h.call(ENTITIES, { r: [ref(id)] }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data?._entities[0]?.activityStats;
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
});

afterAll(() => h?.stop());

/**
 * The counts most tests read (A1: 3 registered, 1 approved, 1 rejected; A2: 1; B1: 1), delivered by whichever test
 * comes first: the same events every time, so delivering them again changes nothing (each test runs alone with -t,
 * in any order).
 */
const counted = (() => {
  const events = [
    registered(orgA, la.a1),
    registered(orgA, la.a1),
    registered(orgA, la.a1),
    registered(orgA, la.a2),
    registered(orgB, la.b1),
  ];
  const decisions = [approved(orgA, events[0]!.payload.activityId), rejected(orgA, events[1]!.payload.activityId)];
  return { events, decisions };
})();
async function arrangeCounts() {
  await deliver(...counted.events);
  await deliver(...counted.decisions);
}

describe("reporting: activity counts per local association", () => {
  it("counts registrations, approvals and rejections, once each however often they are delivered", async () => {
    await arrangeCounts();
    await deliver(...counted.events, ...counted.decisions); // redelivery changes nothing
    const r = await h.call(LIST, {}, as.adminA);
    expect(r.errors).toBeUndefined();
    // Organization A's other local associations belong to the tests below (any order): A1 and A2 are this test's.
    const mine: string[] = [la.a1, la.a2, la.b1];
    expect(
      r.data?.activityStatsByLocalAssociation.filter((x: { localAssociation: { id: string } }) =>
        mine.includes(x.localAssociation.id),
      ),
    ).toEqual(
      [
        { localAssociation: { id: la.a1 }, stats: counts(3, 1, 1, 1) },
        { localAssociation: { id: la.a2 }, stats: counts(1, 1, 0, 0) },
      ].sort((x, y) => x.localAssociation.id.localeCompare(y.localAssociation.id)),
    );
  });

  it("keeps an approval that arrives before its registration and applies it when the registration comes", async () => {
    const laId = randomUUID();
    const reg = registered(orgA, laId);
    await deliver(approved(orgA, reg.payload.activityId));
    expect(await statsOf(laId)).toBeNull(); // not yet known to be A's: a pending decision counts nowhere
    await deliver(reg);
    expect(await statsOf(laId)).toEqual(counts(1, 0, 1, 0));
    await deliver(reg, approved(orgA, reg.payload.activityId)); // a second approval event: still counted once
    expect(await statsOf(laId)).toEqual(counts(1, 0, 1, 0));
  });

  it("lets the later decision win when decisions arrive out of order", async () => {
    const laId = randomUUID();
    const early = registered(orgA, laId);
    const late = registered(orgA, laId);
    // Both decisions for `early` arrive before its registration, newest first.
    await deliver(
      rejected(orgA, early.payload.activityId, "2025-05-02T10:00:00Z"),
      approved(orgA, early.payload.activityId, "2025-05-01T10:00:00Z"),
    );
    await deliver(early, late);
    expect(await statsOf(laId)).toEqual(counts(2, 1, 0, 1));
    // For a known activity: a newer approval replaces a rejection, an older rejection then changes nothing.
    await deliver(
      approved(orgA, late.payload.activityId, "2025-06-02T10:00:00Z"),
      rejected(orgA, late.payload.activityId, "2025-06-01T10:00:00Z"),
    );
    expect(await statsOf(laId)).toEqual(counts(2, 0, 1, 1));
  });

  it("stores the fact with its Europe/Oslo activity-day and counts activities without a local association nowhere", async () => {
    const laId = randomUUID();
    const late = registered(orgA, laId, { activityDate: "2025-03-01T23:30:00Z", status: "approved" });
    const loose = registered(orgA, null);
    await deliver(late, loose);
    const rows = await queryRows<{ activity_id: string; activity_day: string; status: string }>(
      h.db,
      sql`select activity_id, to_char(activity_day, 'YYYY-MM-DD') as activity_day, status from reporting.activity_facts
          where activity_id in (${late.payload.activityId}, ${loose.payload.activityId}) order by activity_day`,
    );
    expect(rows.map((r) => [r.activity_id, r.activity_day, r.status])).toEqual(
      [
        [late.payload.activityId, "2025-03-02", "approved"],
        [loose.payload.activityId, "2025-03-01", "pending_review"],
      ].sort((x, y) => x[1]!.localeCompare(y[1]!)),
    );
    expect(await statsOf(laId)).toEqual(counts(1, 0, 1, 0));
  });

  it("follows a correction of a pending activity and takes a withdrawn one out of every count (issue 20)", async () => {
    const laId = randomUUID();
    const [kept, gone, early] = [registered(orgA, laId), registered(orgA, laId), registered(orgA, laId)];
    const { activityId } = kept.payload;
    const updated = makeEvent(
      "activity.activity.updated",
      {
        activityId,
        updatedBy: people.mentor,
        changedFields: ["activityType", "durationMinutes"],
        userId: people.mentor,
        localAssociationId: laId,
        activityType: "group_meeting",
        activityDate: "2025-03-04T10:00:00Z",
        durationMinutes: 120,
        status: "flagged",
        contactId: null,
        suspectedDuplicateOf: null,
        bufdirCountable: true,
        bufdirReason: "counts",
        participantCount: 6,
        country: "NO",
      },
      { organizationId: orgA, aggregateId: activityId },
    );
    const withdrawn = (id: string) =>
      makeEvent(
        "activity.activity.withdrawn",
        { activityId: id, withdrawnBy: people.mentor, userId: people.mentor, previousStatus: "pending_review" },
        { organizationId: orgA, aggregateId: id },
      );
    // `early`'s withdrawal arrives before its registration: it never counts.
    await deliver(withdrawn(early.payload.activityId));
    await deliver(kept, gone, early);
    await deliver(updated, withdrawn(gone.payload.activityId));
    await deliver(kept, gone, updated); // redelivery and a republished registration change nothing
    expect(await statsOf(laId)).toEqual(counts(1, 1, 0, 0));
    const rows = await queryRows<{
      activity_id: string;
      activity_type: string;
      activity_day: string;
      duration_minutes: number;
      participants: number;
      status: string;
    }>(
      h.db,
      sql`select activity_id, activity_type, to_char(activity_day, 'YYYY-MM-DD') as activity_day, duration_minutes, participants, status
          from reporting.activity_facts where local_association_id = ${laId} order by status`,
    );
    expect(
      rows.map((r) => [
        r.activity_id === activityId,
        r.activity_type,
        r.activity_day,
        r.duration_minutes,
        r.participants,
        r.status,
      ]),
    ).toEqual([
      [true, "group_meeting", "2025-03-04", 120, 6, "flagged"],
      [false, "home_visit", "2025-03-01", 45, null, "withdrawn"],
      [false, "home_visit", "2025-03-01", 45, null, "withdrawn"],
    ]);
  });

  it("dead-letters an activity event without an organization instead of dropping it", async () => {
    await arrangeCounts();
    const orphan = registered(orgA, la.a1);
    await deliver({ ...orphan, organizationId: null });
    expect(
      h.bus.deadLetters.some(
        (d) => d.consumer === "reporting.activities" && d.reason.includes("has no organizationId"),
      ),
    ).toBe(true);
    expect((await statsOf(la.a1))?.registered).toBe(3);
  });
});

describe("reporting: LocalAssociation.activityStats visibility", () => {
  it("resolves LocalAssociation entities with their counts for the organization administrator, zeros for one of its directory without activity", async () => {
    await arrangeCounts();
    // A local association of A's directory (organization's event) without any activity yet.
    await deliver(
      makeEvent(
        "organization.local_association.created",
        { localAssociationId: la.quiet, regionId: null, name: "Stille lag" },
        { organizationId: orgA, aggregateId: la.quiet },
      ),
    );
    const r = await h.call(ENTITIES, { r: [ref(la.a1), ref(la.a2), ref(la.quiet)] }, as.adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([
      { id: la.a1, activityStats: counts(3, 1, 1, 1) },
      { id: la.a2, activityStats: counts(1, 1, 0, 0) },
      { id: la.quiet, activityStats: counts(0, 0, 0, 0) },
    ]);
  });

  it("answers an id nobody knows like another organization's (null), except a coordinator's own (zeros)", async () => {
    expect(await statsOf(la.unknown, as.adminA)).toBeNull();
    expect(await statsOf(la.b1, as.adminA)).toBeNull();
    const ownButQuiet = { ...as.coordinatorA1, localAssociationId: la.unknown };
    expect(await statsOf(la.unknown, ownButQuiet)).toEqual(counts(0, 0, 0, 0));
  });

  it("limits a coordinator to their own local association and shows mentors and global administrators nothing", async () => {
    await arrangeCounts();
    expect(await statsOf(la.a1, as.coordinatorA1)).toEqual(counts(3, 1, 1, 1));
    expect(await statsOf(la.a2, as.coordinatorA1)).toBeNull();
    expect(await statsOf(la.a1, as.mentorA1)).toBeNull();
    expect(await statsOf(la.a1, as.globalAdmin)).toBeNull();
    const list = await h.call(LIST, {}, as.coordinatorA1);
    expect(list.data?.activityStatsByLocalAssociation).toEqual([
      { localAssociation: { id: la.a1 }, stats: counts(3, 1, 1, 1) },
    ]);
  });

  it("keeps organizations apart, through the root field and through _entities", async () => {
    await arrangeCounts();
    const list = await h.call(LIST, {}, as.adminB);
    expect(list.errors).toBeUndefined();
    expect(list.data?.activityStatsByLocalAssociation).toEqual([
      { localAssociation: { id: la.b1 }, stats: counts(1, 1, 0, 0) },
    ]);
    const r = await h.call(ENTITIES, { r: [ref(la.a1), ref(la.a2), ref(la.b1)] }, as.adminB);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities.map((e: { activityStats: unknown }) => e.activityStats)).toEqual([
      null,
      null,
      counts(1, 1, 0, 0),
    ]);
    expect(await statsOf(la.b1, as.adminA)).toBeNull();
  });

  it("gives an anonymous (gateway-signed) caller nothing through _entities", async () => {
    const anon = await h.call(ENTITIES, { r: [ref(la.a1)] });
    expect(anon.data?._entities ?? [null]).toEqual([null]);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses the list to peer mentors and anonymous callers", async () => {
    const mentor = await h.call(LIST, {}, as.mentorA1);
    expect(mentor.data).toBeNull();
    expect(mentor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await h.call(LIST, {});
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses requests the gateway did not sign, _entities and _service included", async () => {
    for (const q of [`{ _service { sdl } }`, ENTITIES, LIST]) {
      const r = await h.raw(q, { r: [ref(la.a1)] });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
