/**
 * Seed 002 audit beyond registration input: duplicate_detection (also across
 * a mentor's local associations, seed 003), Bufdir countability and
 * bufdir_reporting_inclusion, audit_trail_on_status_change, the review queue
 * with bulk approval, and the storage: 24 attributes, 13 named indexes,
 * partitioning by activity_date with lookups by id through the key table.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, scopes } from "@meander/db";
import type { EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, testClock, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { createSettingsRepository } from "../src/db/repositories/settings.js";
import { ensurePartitions, partitionOf } from "../src/db/partitions.js";
import { DEFAULT_SETTINGS } from "../src/domain/settings.js";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, REGISTER, register, type World } from "./world.js";

let h: SubgraphHarness;
let w: World;
/** The service's today: dates, duplicate windows and yearly partitions are the same whenever the suite runs. */
const clock = testClock("2026-06-15T10:00:00.000Z");
const daysAgo = (n: number) => new Date(clock.now().getTime() - n * 86_400_000).toISOString();
const thisYear = clock.now().getUTCFullYear();
let kariInA2: MintOptions;
const delivered: EventEnvelope[] = [];

beforeAll(async () => {
  h = await startSubgraph(createSubgraph, { now: clock.now });
  w = await arrangeWorld(h);
  // Kari is also a member of a second local association (seed 003 multi-membership).
  await h.bus.publish([
    makeEvent(
      "organization.membership.added",
      {
        membershipId: randomUUID(),
        userId: w.user.kari,
        localAssociationId: w.la.a2,
        role: "peer_mentor",
        isPrimary: false,
      },
      { organizationId: w.org.a },
    ),
  ]);
  await h.bus.idle();
  kariInA2 = { userId: w.user.kari, organizationId: w.org.a, localAssociationId: w.la.a2, role: "peer_mentor" };
  await h.bus.subscribe({ group: "probe", topics: ["meander.activity"], handler: async (e) => void delivered.push(e) });
});

afterAll(() => h?.stop());

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const DUP = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id status suspectedDuplicateOf suspectedDuplicate { id } } }`;
const BUFDIR = `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id countsInBufdir bufdir { countable reason message } } }`;
const APPROVE = `mutation($id: ID!) { approveActivity(id: $id) { id status countsInBufdir } }`;
const FLAG = `mutation($id: ID!, $note: String) { flagActivity(id: $id, note: $note) { id status } }`;
const QUEUE = `query { reviewQueue(first: 100) { edges { node { id status } } } }`;
const BULK_APPROVE = `mutation($ids: [ID!]!) { approveActivities(ids: $ids) { id status } }`;
const queueIds = async (as: MintOptions) =>
  ((await h.call(QUEUE, {}, as)).data!.reviewQueue.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);

describe("duplicate_detection (seed 002, seed 003)", () => {
  it("duplicate_detection: the same contact, type and time within the window is flagged with a link, never refused", async () => {
    const when = daysAgo(3);
    const first = await register(h, w.as(w.user.kari), { contactId: w.contact.a1.id, activityDate: when });
    const r = await h.call(
      DUP,
      { input: { activityTypeKey: "home_visit", contactId: w.contact.a1.id, activityDate: hoursAfter(when, 2) } },
      w.as(w.user.ola),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerActivity).toMatchObject({ status: "FLAGGED", suspectedDuplicateOf: first });
    const seenByCoord = await h.call(
      `query($id: ID!) { activity(id: $id) { suspectedDuplicate { id } } }`,
      { id: r.data!.registerActivity.id },
      w.as(w.user.coord),
    );
    expect(seenByCoord.data!.activity.suspectedDuplicate).toEqual({ id: first });
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === r.data!.registerActivity.id)?.payload, {
        timeout: 20_000,
        interval: 100,
      })
      .toMatchObject({ status: "flagged", suspectedDuplicateOf: first });

    const otherType = await h.call(
      DUP,
      { input: { activityTypeKey: "phone_call", contactId: w.contact.a1.id, activityDate: hoursAfter(when, 1) } },
      w.as(w.user.ola),
    );
    expect(otherType.data!.registerActivity).toMatchObject({ status: "PENDING_REVIEW", suspectedDuplicateOf: null });
    const outside = await h.call(
      DUP,
      { input: { activityTypeKey: "home_visit", contactId: w.contact.a1.id, activityDate: hoursAfter(when, -30) } },
      w.as(w.user.ola),
    );
    expect(outside.data!.registerActivity).toMatchObject({ status: "PENDING_REVIEW", suspectedDuplicateOf: null });
  });

  it("duplicate_detection: the same mentor's activity through two of their local associations is flagged", async () => {
    const when = daysAgo(8);
    const group = { activityTypeKey: "group_meeting", participantCount: 4, durationMinutes: 60 };
    const inA1 = await register(h, w.as(w.user.kari), { ...group, activityDate: when });
    const sameChapter = await h.call(
      DUP,
      { input: { ...group, activityDate: hoursAfter(when, 3) } },
      w.as(w.user.kari),
    );
    expect(sameChapter.data!.registerActivity.status).toBe("PENDING_REVIEW");
    const r = await h.call(DUP, { input: { ...group, activityDate: hoursAfter(when, 0.5) } }, kariInA2);
    expect(r.data!.registerActivity).toMatchObject({ status: "FLAGGED", suspectedDuplicateOf: inA1 });
  });

  it("duplicate_detection: the window comes from the organization's settings (organization.settings.changed)", async () => {
    const window = (windowMinutes: number, version: number) =>
      h.bus.publish([
        makeEvent(
          "organization.settings.changed",
          { organizationId: w.org.a, version, section: "duplicate_detection", values: { windowMinutes } },
          { organizationId: w.org.a, aggregateId: w.org.a },
        ),
      ]);
    await window(60, 900);
    await h.bus.idle();
    try {
      const when = daysAgo(12);
      await register(h, w.as(w.user.kari), { contactId: w.contact.a1.id, activityDate: when });
      const far = await h.call(
        DUP,
        { input: { activityTypeKey: "home_visit", contactId: w.contact.a1.id, activityDate: hoursAfter(when, 2) } },
        w.as(w.user.ola),
      );
      expect(far.data!.registerActivity.status).toBe("PENDING_REVIEW");
      const near = await h.call(
        DUP,
        { input: { activityTypeKey: "home_visit", contactId: w.contact.a1.id, activityDate: hoursAfter(when, 0.5) } },
        w.as(w.user.ola),
      );
      expect(near.data!.registerActivity.status).toBe("FLAGGED");
    } finally {
      await window(DEFAULT_SETTINGS.duplicateWindowMinutes, 901);
      await h.bus.idle();
    }
    expect((await createSettingsRepository(h.db, scopes.platform()).of(w.org.a)).duplicateWindowMinutes).toBe(
      DEFAULT_SETTINGS.duplicateWindowMinutes,
    );
  });

  it("activity_date_floor: the organization sets the earliest activity date (organization.settings.changed, default 2000-01-01)", async () => {
    const floor = (activityDateFloor: string, version: number) =>
      h.bus.publish([
        makeEvent(
          "organization.settings.changed",
          { organizationId: w.org.a, version, section: "activity_rules", values: { activityDateFloor } },
          { organizationId: w.org.a, aggregateId: w.org.a },
        ),
      ]);
    const at = (activityDate: string) =>
      h.call(DUP, { input: { activityTypeKey: "phone_call", activityDate } }, w.as(w.user.kari));
    expect((await at("1999-12-31")).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "activity_date_floor",
      field: "activityDate",
    });
    expect((await at("2000-01-01")).errors).toBeUndefined();
    await floor("2020-01-01", 910);
    await h.bus.idle();
    try {
      expect((await at("2019-12-31")).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "activity_date_floor",
        field: "activityDate",
      });
      expect((await at("2020-01-01")).errors).toBeUndefined();
    } finally {
      await floor(DEFAULT_SETTINGS.activityDateFloor, 911);
      await h.bus.idle();
    }
  });
});

describe("Bufdir countability (DESIGN.md section 9)", () => {
  it("tells the mentor at registration whether the activity will count, and why", async () => {
    const cases: Array<[Record<string, unknown>, boolean, string]> = [
      [{ activityTypeKey: "home_visit" }, true, "counts"],
      [{ activityTypeKey: "phone_call" }, false, "type_not_counted"],
      [{ activityTypeKey: "home_visit", country: "se" }, false, "outside_norway"],
      [{ activityTypeKey: "group_meeting", participantCount: 2, durationMinutes: 60 }, false, "group_too_small"],
      [{ activityTypeKey: "group_meeting", participantCount: 5, durationMinutes: 30 }, false, "group_too_short"],
      [{ activityTypeKey: "course_day", durationMinutes: 60 }, false, "course_day_too_short"],
    ];
    for (const [input, countable, reason] of cases) {
      const r = await h.call(BUFDIR, { input: { activityDate: daysAgo(40), ...input } }, w.as(w.user.per));
      expect(r.data!.registerActivity.bufdir).toMatchObject({ countable, reason });
      expect(r.data!.registerActivity.bufdir.message.length).toBeGreaterThan(10);
    }
    const bad = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", country: "Norway" } },
      w.as(w.user.per),
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ rule: "country_code", field: "country" });
  });

  it("takes the thresholds from the organization's settings (organization.settings.changed)", async () => {
    const thresholds = (groupMinParticipants: number, version: number) =>
      h.bus.publish([
        makeEvent(
          "organization.settings.changed",
          {
            organizationId: w.org.a,
            version,
            section: "bufdir_thresholds",
            values: {
              groupMinParticipants,
              groupMinMinutes: 45,
              courseMinMinutesPerDay: 90,
              outreachInPersonOnly: true,
              requireBasicCourse: true,
            },
          },
          { organizationId: w.org.a, aggregateId: w.org.a },
        ),
      ]);
    const group = {
      activityTypeKey: "group_meeting",
      participantCount: 4,
      durationMinutes: 60,
      activityDate: daysAgo(20),
    };
    const before = await h.call(BUFDIR, { input: group }, w.as(w.user.kari));
    expect(before.data!.registerActivity.bufdir).toMatchObject({ countable: true });
    await thresholds(5, 950);
    await h.bus.idle();
    try {
      const after = await h.call(BUFDIR, { input: { ...group, activityDate: daysAgo(21) } }, w.as(w.user.kari));
      expect(after.data!.registerActivity.bufdir).toMatchObject({ countable: false, reason: "group_too_small" });
    } finally {
      await thresholds(DEFAULT_SETTINGS.groupMinParticipants, 951);
      await h.bus.idle();
    }
  });

  it("bufdir_reporting_inclusion: only an approved, countable activity counts", async () => {
    const r = await h.call(
      BUFDIR,
      { input: { activityTypeKey: "home_visit", activityDate: daysAgo(41) } },
      w.as(w.user.per),
    );
    expect(r.data!.registerActivity).toMatchObject({ countsInBufdir: false, bufdir: { countable: true } });
    expect(
      (await h.call(APPROVE, { id: r.data!.registerActivity.id }, w.as(w.user.admin))).data!.approveActivity
        .countsInBufdir,
    ).toBe(true);
    const phone = await h.call(
      BUFDIR,
      { input: { activityTypeKey: "phone_call", activityDate: daysAgo(41) } },
      w.as(w.user.per),
    );
    expect(
      (await h.call(APPROVE, { id: phone.data!.registerActivity.id }, w.as(w.user.admin))).data!.approveActivity
        .countsInBufdir,
    ).toBe(false);
  });
});

describe("status changes (audit_trail_on_status_change, approval_workflow_transition)", () => {
  it("audit_trail_on_status_change: every status change records actor, time, previous and new status and note, with its event", async () => {
    const id = await register(h, w.as(w.user.kari), { activityDate: daysAgo(15), activityTypeKey: "phone_call" });
    // The service's clock stands still unless moved: a minute between the changes, as between people's clicks.
    clock.advance(60_000);
    expect((await h.call(FLAG, { id, note: "Sjekk dato" }, w.as(w.user.coord))).data!.flagActivity.status).toBe(
      "FLAGGED",
    );
    const again = await h.call(FLAG, { id }, w.as(w.user.coord));
    expect(again.errors?.[0]?.extensions).toMatchObject({ rule: "approval_workflow_transition" });
    clock.advance(60_000);
    expect((await h.call(APPROVE, { id }, w.as(w.user.coord))).data!.approveActivity.status).toBe("APPROVED");
    const log = await h.call(
      `query($id: ID!) { activity(id: $id) { statusLog { previousStatus status changedBy { id } note changedAt } } }`,
      { id },
      w.as(w.user.kari),
    );
    expect(log.data!.activity.statusLog).toMatchObject([
      { previousStatus: null, status: "PENDING_REVIEW", changedBy: { id: w.user.kari } },
      { previousStatus: "PENDING_REVIEW", status: "FLAGGED", changedBy: { id: w.user.coord }, note: "Sjekk dato" },
      { previousStatus: "FLAGGED", status: "APPROVED", changedBy: { id: w.user.coord }, note: null },
    ]);
    expect(
      log.data!.activity.statusLog.every((e: { changedAt: string }) => !Number.isNaN(Date.parse(e.changedAt))),
    ).toBe(true);
    // Each change at the service's time of it.
    expect(log.data!.activity.statusLog.map((e: { changedAt: string }) => Date.parse(e.changedAt))).toEqual([
      clock.now().getTime() - 120_000,
      clock.now().getTime() - 60_000,
      clock.now().getTime(),
    ]);
    await expect
      // The activity's own events (its audit entries, activity.audit.recorded, share its id as their subject).
      .poll(
        () =>
          delivered.filter((e) => e.aggregateId === id && e.type.startsWith("activity.activity.")).map((e) => e.type),
        { timeout: 20_000, interval: 100 },
      )
      .toEqual(["activity.activity.registered", "activity.activity.flagged", "activity.activity.approved"]);
    // Ids only (issue 24 item 2, version 2): the note is read from the status log above.
    const flagged = delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.flagged")!;
    expect(flagged).toMatchObject({ version: 2, payload: { activityId: id, flaggedBy: w.user.coord } });
    expect(JSON.stringify(flagged.payload)).not.toContain("Sjekk");
  });

  it("approval_workflow_transition: a review queue per local association, with all-or-nothing bulk approval", async () => {
    const mine = await Promise.all(
      [1, 2, 3].map((d) =>
        register(h, w.as(w.user.ola), { activityTypeKey: "phone_call", activityDate: daysAgo(50 + d) }),
      ),
    );
    const elsewhere = await register(h, w.as(w.user.per), { activityTypeKey: "phone_call", activityDate: daysAgo(50) });
    const coordQueue = await queueIds(w.as(w.user.coord));
    expect(coordQueue).toEqual(expect.arrayContaining(mine));
    expect(coordQueue).not.toContain(elsewhere);
    expect(await queueIds(w.as(w.user.admin))).toEqual(expect.arrayContaining([...mine, elsewhere]));
    expect((await h.call(QUEUE, {}, w.as(w.user.ola))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const refused = await h.call(BULK_APPROVE, { ids: [...mine, elsewhere] }, w.as(w.user.coord));
    expect(refused.errors![0]!.extensions!.rows).toEqual([
      expect.objectContaining({ id: elsewhere, code: "NOT_FOUND" }),
    ]);
    expect(await queueIds(w.as(w.user.coord))).toEqual(expect.arrayContaining(mine));

    const ok = await h.call(BULK_APPROVE, { ids: mine }, w.as(w.user.coord));
    expect(ok.data!.approveActivities.map((a: { status: string }) => a.status)).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
    ]);
    expect(await queueIds(w.as(w.user.coord))).not.toEqual(expect.arrayContaining([mine[0]]));
    const twice = await h.call(BULK_APPROVE, { ids: mine.slice(0, 1) }, w.as(w.user.coord));
    expect(twice.errors?.[0]?.extensions).toMatchObject({ rule: "immutable_after_approval" });
    await expect
      .poll(
        () => delivered.filter((e) => e.type === "activity.activity.approved" && mine.includes(e.aggregateId)).length,
        { timeout: 20_000, interval: 100 },
      )
      .toBe(3);
  });
});

describe("storage (seed 002: attributes, indexes, partitioning by date)", () => {
  it("has the seed's 24 attributes and its 13 indexes under the seed's names", async () => {
    const cols = (
      await queryRows<{ c: string }>(
        h.db,
        sql`select column_name as c from information_schema.columns where table_schema = 'activity' and table_name = 'activities'`,
      )
    ).map((r) => r.c);
    const seed =
      "id user_id contact_id organization_id local_association_id activity_type title description activity_date duration_minutes location status is_proxy_registration proxy_submitted_by is_bulk_registration bulk_batch_id event_id participant_count has_reimbursement calendar_event_id metadata synced_at created_at updated_at".split(
        " ",
      );
    expect(seed).toHaveLength(24);
    expect(cols).toEqual(expect.arrayContaining(seed));
    const idx = (
      await queryRows<{ i: string }>(
        h.db,
        sql`select indexname as i from pg_indexes where schemaname = 'activity' and tablename = 'activities'`,
      )
    ).map((r) => r.i);
    const names = [
      "user_id",
      "contact_id",
      "organization_id",
      "activity_date",
      "status",
      "org_date",
      "org_status",
      "user_date",
      "created_at",
      "local_association",
      "activity_type",
      "bulk_batch",
      "duplicate_detection",
    ].map((n) => `idx_activities_${n}`);
    expect(idx).toEqual(expect.arrayContaining(names));
    const [part] = await queryRows<{ strategy: string }>(
      h.db,
      sql`select partstrat as strategy from pg_partitioned_table where partrelid = 'activity.activities'::regclass`,
    );
    expect(part?.strategy).toBe("r");
  });

  it("puts an activity in its year's partition, a far date in the default partition, and finds both by id", async () => {
    const lastYear = new Date(Date.UTC(thisYear - 1, 5, 15)).toISOString();
    const recent = await register(h, w.as(w.user.kari), { activityDate: lastYear });
    const ancient = await register(h, w.as(w.user.kari), { activityDate: "2003-03-04T10:00:00Z" });
    expect(await partitionOf(h.db, recent)).toBe("activity.activities_y2025");
    expect(await partitionOf(h.db, ancient)).toBe("activity.activities_default");
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id activityDate } } }`;
    const found = await h.call(
      entities,
      {
        r: [
          { __typename: "Activity", id: ancient },
          { __typename: "Activity", id: recent },
        ],
      },
      w.as(w.user.kari),
    );
    expect(found.data!._entities).toEqual([
      { id: ancient, activityDate: "2003-03-04T10:00:00.000Z" },
      { id: recent, activityDate: lastYear },
    ]);

    // The maintenance task adds a partition for 2003 and moves the row out of the default partition.
    expect(await ensurePartitions(h.db, 2003, 2003)).toBe(1);
    expect(await ensurePartitions(h.db, 2003, 2003)).toBe(0);
    expect(await partitionOf(h.db, ancient)).toBe("activity.activities_y2003");
    const approved = await h.call(APPROVE, { id: ancient }, w.as(w.user.coord));
    expect(approved.data!.approveActivity).toMatchObject({ id: ancient, status: "APPROVED" });
  });

  it("creates next year's partition ahead of time at start-up", async () => {
    const next = thisYear + 1;
    expect(next).toBe(2027);
    const [row] = await queryRows<{ t: string | null }>(
      h.db,
      sql`select to_regclass(${`activity.activities_y${next}`})::text as t`,
    );
    expect(row?.t).toBe(`activity.activities_y${next}`);
  });
});
