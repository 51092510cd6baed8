import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventEnvelope } from "@meander/events";
import { sql } from "drizzle-orm";
import { startSubgraph, waitForEvent, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, REGISTER, register, type World } from "./world.js";
import { count, rows } from "./sensitive-helpers.js";

let h: SubgraphHarness;
let w: World;
const delivered: EventEnvelope[] = [];

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  w = await arrangeWorld(h);
  await h.bus.subscribe({ group: "probe", topics: ["meander.activity"], handler: async (e) => void delivered.push(e) });
});

afterAll(() => h?.stop());

describe("activity: registerActivity", () => {
  it("lets a mentor register for themself; the activity awaits review and its event is delivered", async () => {
    const r = await h.call(
      REGISTER,
      {
        input: {
          activityTypeKey: "home_visit",
          contactId: w.contact.a1.id,
          activityDate: daysAgo(1),
          durationMinutes: 45,
          metadata: { mood: "good" },
        },
      },
      w.as(w.user.kari),
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.registerActivity;
    expect(a).toMatchObject({
      userId: w.user.kari,
      organizationId: w.org.a,
      localAssociationId: w.la.a1,
      activityType: "home_visit",
      title: "Hjemmebesøk med Astrid Berg",
      status: "PENDING_REVIEW",
      durationMinutes: 45,
      participantCount: 1,
      isProxyRegistration: false,
      proxySubmittedBy: null,
      contactId: w.contact.a1.id,
      metadata: { mood: "good" },
    });
    await h.bus.idle();
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === a.id))
      .toMatchObject({
        type: "activity.activity.registered",
        organizationId: w.org.a,
        actorId: w.user.kari,
        payload: {
          activityId: a.id,
          userId: w.user.kari,
          localAssociationId: w.la.a1,
          activityType: "home_visit",
          durationMinutes: 45,
          status: "pending_review",
        },
      });
  });

  it("applies the quick-log defaults: now, 30 minutes, the type's name as title", async () => {
    const before = Date.now();
    const r = await h.call(REGISTER, { input: { activityTypeKey: "phone_call" } }, w.as(w.user.ola));
    const a = r.data!.registerActivity;
    expect(a).toMatchObject({ durationMinutes: 30, title: "Telefonsamtale", participantCount: 1, contactId: null });
    expect(Date.parse(a.activityDate)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("lets a coordinator register on behalf of a mentor of their local association (owner_attribution_on_proxy)", async () => {
    const r = await h.call(
      REGISTER,
      {
        input: {
          activityTypeKey: "group_meeting",
          isProxyRegistration: true,
          userId: w.user.kari,
          participantCount: 5,
          activityDate: daysAgo(2),
        },
      },
      w.as(w.user.coord),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerActivity).toMatchObject({
      userId: w.user.kari,
      isProxyRegistration: true,
      proxySubmittedBy: w.user.coord,
      localAssociationId: w.la.a1,
      participantCount: 5,
    });
  });

  it("refuses proxy registration outside the coordinator's local association and by mentors", async () => {
    const other = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", isProxyRegistration: true, userId: w.user.per } },
      w.as(w.user.coord),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "coordinator_proxy_scope" });
    const foreign = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", isProxyRegistration: true, userId: w.user.nina } },
      w.as(w.user.coord),
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "valid_user_reference",
      field: "userId",
    });
    const mentor = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", isProxyRegistration: true, userId: w.user.ola } },
      w.as(w.user.kari),
    );
    expect(mentor.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "owner_attribution_on_proxy" });
    const admin = await h.call(REGISTER, { input: { activityTypeKey: "home_visit" } }, w.as(w.user.admin));
    expect(admin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["required_fields", "activityTypeKey", { activityTypeKey: "  " }],
    ["activity_type_enum", "activityTypeKey", { activityTypeKey: "skydiving" }],
    ["activity_type_enum", "activityTypeKey", { activityTypeKey: "retired_visit" }],
    ["duration_range", "durationMinutes", { durationMinutes: 0 }],
    ["duration_range", "durationMinutes", { durationMinutes: 1441 }],
    ["title_length", "title", { title: "x".repeat(201) }],
    ["description_length", "description", { description: "x".repeat(5001) }],
    ["participant_count_positive", "participantCount", { participantCount: 0 }],
    ["proxy_fields_consistency", "userId", { isProxyRegistration: true }],
    ["proxy_fields_consistency", "isProxyRegistration", { userId: "00000000-0000-4000-8000-000000000001" }],
    ["activity_date_not_future", "activityDate", { activityDate: new Date(Date.now() + 25 * 3_600_000).toISOString() }],
    ["activity_date_floor", "activityDate", { activityDate: "1899-01-01" }],
    ["client_id_format", "clientId", { clientId: "x".repeat(500) }],
    ["client_id_format", "clientId", { clientId: "mobil klient æøå" }],
  ];
  it.each(cases)("refuses bad input with rule %s on %s", async (rule, field, input) => {
    const r = await h.call(REGISTER, { input: { activityTypeKey: "home_visit", ...input } }, w.as(w.user.kari));
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
  });

  it("names every fault of a registration at once (extensions.violations), the first also as field/rule", async () => {
    const input = {
      activityTypeKey: "skydiving",
      durationMinutes: 0,
      title: "x".repeat(201),
      contactId: w.contact.b1.id,
    };
    const r = await h.call(REGISTER, { input }, w.as(w.user.kari));
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "activity_type_enum",
      field: "activityTypeKey",
    });
    expect((r.errors![0]!.extensions!.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "activity_type_enum",
      "duration_range",
      "title_length",
      "valid_contact_reference",
    ]);
    expect(r.errors![0]!.extensions!.violations).toContainEqual({
      field: "durationMinutes",
      rule: "duration_range",
      message: expect.any(String),
    });
  });

  it("accepts the edges of the ranges: 1 and 1440 minutes, a date 23 hours ahead", async () => {
    for (const input of [
      { durationMinutes: 1 },
      { durationMinutes: 1440 },
      { activityDate: new Date(Date.now() + 23 * 3_600_000).toISOString() },
      { title: "x".repeat(200) },
    ]) {
      expect(await register(h, w.as(w.user.kari), input)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("refuses a contact outside the caller's scope (valid_contact_reference)", async () => {
    for (const contactId of [w.contact.a2.id, w.contact.b1.id]) {
      const r = await h.call(REGISTER, { input: { activityTypeKey: "home_visit", contactId } }, w.as(w.user.kari));
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "valid_contact_reference",
        field: "contactId",
      });
    }
  });

  it("writes nothing when a registration is refused", async () => {
    // What the request could write: its rows (activity and its key) and its events (the outbox), read in the database.
    const written = async () => ({
      activities: await count(h, sql`select count(*)::int as n from activity.activities`),
      keys: await count(h, sql`select count(*)::int as n from activity.activity_keys`),
      outbox: await count(h, sql`select count(*)::int as n from activity.outbox`),
    });
    const before = await written();
    const known = new Set(
      (await rows<{ id: string }>(h, sql`select id::text as id from activity.activity_keys`)).map((r) => r.id),
    );
    const seen = delivered.length;
    const refused = await h.call(
      REGISTER,
      { input: { activityTypeKey: "home_visit", durationMinutes: 0 } },
      w.as(w.user.kari),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "durationMinutes" });
    expect(await written()).toEqual(before);
    // Nothing reached the broker either: a registration made after it is the next event delivered (the relay ran).
    const marker = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1) });
    await waitForEvent(() => expect(delivered.some((e) => e.aggregateId === marker)).toBe(true));
    // Delivered since: the marker, and at most events of activities that existed before (earlier tests' in flight).
    const since = delivered.slice(seen).filter((e) => !known.has(e.aggregateId));
    expect(since.map((e) => [e.type, e.aggregateId])).toEqual([["activity.activity.registered", marker]]);
  });

  it("refuses anonymous callers", async () => {
    const r = await h.call(REGISTER, { input: { activityTypeKey: "home_visit" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
