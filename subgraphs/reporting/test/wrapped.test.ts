/**
 * Wrapped on a schedule (issue #21 item 5): the worker computes the year just ended on 1 January (Norwegian time) with
 * the clock the test holds, `myWrapped` answers it, a second computation changes nothing and tells nobody again, and
 * an administrator can ask for an ended year (their own organization only). Wrapped names what seeds 000/001 name:
 * activity count, hours, contacts reached, events attended, badges, certifications and top activity types (by name,
 * the organization's terminology applied), busiest month.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { makeEvent } from "@meander/testing";
import { approvedEvent, certificationEvent, registeredEvent } from "./support/bufdir-data.js";

let h: SubgraphHarness;
// 31 December 2025, noon in Oslo: the year just ended is 2024 (nothing in it).
let now = new Date("2025-12-31T11:00:00Z");
const orgA = randomUUID();
const orgB = randomUUID();
const la = randomUUID();
const m1 = randomUUID();
const m2 = randomUUID();
const contact = randomUUID();
const viewer = (userId: string, organizationId: string | null, role: string) =>
  ({ userId, organizationId, localAssociationId: organizationId ? la : null, role }) as never;
const WRAPPED = `query($year: Int) { myWrapped(year: $year) { user { id } year hours activities contactsReached busiestMonth byMonth } }`;
const COMPUTE = `mutation($year: Int!, $org: ID) { computeWrapped(year: $year, organizationId: $org) { year written unchanged removed } }`;

function approved(
  organizationId: string,
  userId: string,
  activityDate: string,
  durationMinutes: number,
  contactId?: string,
  activityType = "home_visit",
) {
  const reg = registeredEvent(organizationId, {
    userId,
    localAssociationId: la,
    activityType,
    activityDate,
    durationMinutes,
  });
  const withContact = contactId ? { ...reg, payload: { ...reg.payload, contactId } } : reg;
  return [withContact, approvedEvent(organizationId, reg.payload.activityId)];
}
const readyEvents = () =>
  queryRows<{ aggregate_id: string; organization_id: string; payload: { year: number; activities: number } }>(
    h.db,
    sql`select aggregate_id, organization_id, payload from reporting.outbox where type = 'reporting.wrapped.ready' order by position`,
  );
const stored = (year: number) =>
  queryRows<Record<string, unknown>>(
    h.db,
    sql`select * from reporting.annual_summaries where year = ${year} order by user_id`,
  );

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { wrapped: { everyMs: 100, clock: () => now } }));
  await deliverAndWait(h, [
    ...approved(orgA, m1, "2025-03-10T10:00:00Z", 90, contact),
    ...approved(orgA, m1, "2025-03-20T10:00:00Z", 60, contact),
    ...approved(orgA, m1, "2025-11-02T10:00:00Z", 30),
    ...approved(orgB, m2, "2025-05-05T10:00:00Z", 120),
  ]);
});
afterAll(() => h?.stop());

describe("Wrapped every January", () => {
  it("is computed by the scheduled job on 1 January (Oslo), answered by myWrapped, and each mentor told once", async () => {
    expect((await h.call(WRAPPED, { year: 2025 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped).toBeNull();
    now = new Date("2025-12-31T23:30:00Z"); // 00:30 on 1 January 2026 in Oslo
    await expect
      .poll(async () => (await h.call(WRAPPED, { year: 2025 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped, {
        timeout: 20_000,
      })
      .not.toBeNull();
    const mine = (await h.call(WRAPPED, { year: 2025 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped;
    expect(mine).toEqual({
      user: { id: m1 },
      year: 2025,
      hours: 3,
      activities: 3,
      contactsReached: 1,
      busiestMonth: 3,
      byMonth: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0],
    });
    expect((await h.call(WRAPPED, { year: 2025 }, viewer(m2, orgB, "peer_mentor"))).data!.myWrapped).toMatchObject({
      activities: 1,
      hours: 2,
      busiestMonth: 5,
    });
    const events = await readyEvents();
    expect(events.map((e) => [e.aggregate_id, e.organization_id, e.payload.year, e.payload.activities]).sort()).toEqual(
      [
        [m1, orgA, 2025, 3],
        [m2, orgB, 2025, 1],
      ].sort(),
    );
  });

  it("computed again (an administrator's request) changes nothing and tells nobody again", async () => {
    const before = await stored(2025);
    const r = await h.call(COMPUTE, { year: 2025 }, viewer(randomUUID(), null, "global_admin"));
    expect(r.errors).toBeUndefined();
    expect(r.data!.computeWrapped).toEqual({ year: 2025, written: 0, unchanged: 2, removed: 0 });
    expect(await stored(2025)).toEqual(before);
    expect(await readyEvents()).toHaveLength(2);
  });

  it("lets an organization administrator compute an ended year for their own organization only", async () => {
    const adminA = viewer(randomUUID(), orgA, "org_admin");
    expect((await h.call(COMPUTE, { year: 2024, org: orgB }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await h.call(COMPUTE, { year: 2026 }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "year_not_ended",
    });
    expect(
      (await h.call(COMPUTE, { year: 2024 }, viewer(m1, orgA, "peer_mentor"))).errors?.[0]?.extensions,
    ).toMatchObject({ code: "FORBIDDEN" });
    // The job computed 2024 (empty) on its first run, on 31 December 2025; facts of 2024 arrive late.
    await deliverAndWait(h, [
      ...approved(orgA, m1, "2024-06-01T10:00:00Z", 60),
      ...approved(orgB, m2, "2024-06-01T10:00:00Z", 60),
    ]);
    const r = await h.call(COMPUTE, { year: 2024 }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.computeWrapped).toEqual({ year: 2024, written: 1, unchanged: 0, removed: 0 }); // m1 only: m2 is organization B's
    expect((await stored(2024)).map((s) => s.user_id)).toEqual([m1]);
    expect((await h.call(WRAPPED, { year: 2024 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped).toMatchObject({
      activities: 1,
      hours: 1,
    });
    expect((await readyEvents()).filter((e) => e.payload.year === 2024).map((e) => e.aggregate_id)).toEqual([m1]);
  });

  it("names the year's certifications and most done activity types, with the organization's word for a type", async () => {
    const m3 = randomUUID();
    const adminA = viewer(randomUUID(), orgA, "org_admin");
    const labels = [{ key: "activity_type.home_visit", language: "nb", label: "Besøk i hjemmet" }];
    await deliverAndWait(h, [
      makeEvent(
        "organization.settings.changed",
        { organizationId: orgA, version: 2, section: "terminology", values: { labels } },
        { organizationId: orgA, aggregateId: orgA },
      ),
      ...approved(orgA, m3, "2025-02-01T10:00:00Z", 30, undefined, "phone_call"),
      ...approved(orgA, m3, "2025-02-02T10:00:00Z", 30, undefined, "phone_call"),
      ...approved(orgA, m3, "2025-02-03T10:00:00Z", 120),
      ...approved(orgA, m3, "2025-02-04T10:00:00Z", 60, undefined, "group_meeting"),
      ...approved(orgA, m3, "2025-02-05T10:00:00Z", 45, undefined, "evening_walk"),
      // Held in 2025: a course valid 2024-2026, and one of an older event without the type's name.
      certificationEvent(orgA, m3, {
        key: "grunnkurs",
        name: "Grunnkurs for likepersoner",
        validFrom: "2024-09-01",
        validUntil: "2026-09-01",
      }),
      certificationEvent(orgA, m3, { key: "samtale_metodikk", validFrom: "2025-11-30", validUntil: null }),
      // Not held in 2025: revoked, expired before it, issued after it.
      certificationEvent(orgA, m3, {
        key: "tilbakekalt",
        name: "Tilbakekalt kurs",
        validFrom: "2025-01-01",
        status: "revoked",
      }),
      certificationEvent(orgA, m3, {
        key: "gammelt",
        name: "Gammelt kurs",
        validFrom: "2022-01-01",
        validUntil: "2024-12-31",
        status: "expired",
      }),
      certificationEvent(orgA, m3, { key: "nytt", name: "Nytt kurs", validFrom: "2026-01-02" }),
    ]);
    expect((await h.call(COMPUTE, { year: 2025 }, adminA)).data!.computeWrapped).toMatchObject({ written: 1 });
    const FULL = `query($year: Int) { myWrapped(year: $year) { activities hours busiestMonth certifications { key name }
      top: topActivityTypes { activityType name activities hours } en: topActivityTypes(language: EN) { name } } }`;
    const r = await h.call(FULL, { year: 2025 }, viewer(m3, orgA, "peer_mentor"));
    expect(r.errors).toBeUndefined();
    expect(r.data!.myWrapped).toEqual({
      activities: 5,
      hours: 4.75,
      busiestMonth: 2,
      certifications: [
        { key: "grunnkurs", name: "Grunnkurs for likepersoner" },
        { key: "samtale_metodikk", name: "Samtale metodikk" },
      ],
      // More activities first, then more hours; at most three.
      top: [
        { activityType: "phone_call", name: "Telefonsamtale", activities: 2, hours: 1 },
        { activityType: "home_visit", name: "Besøk i hjemmet", activities: 1, hours: 2 },
        { activityType: "group_meeting", name: "Samtalegruppe", activities: 1, hours: 1 },
      ],
      en: [{ name: "Phone call" }, { name: "Home visit" }, { name: "Discussion group" }],
    });
  });

  it("names the year's badges, in bokmål by the organization's own name, in nynorsk and English by the catalog or the organization's label", async () => {
    const m4 = randomUUID();
    const adminA = viewer(randomUUID(), orgA, "org_admin");
    const labels = [
      { key: "activity_type.home_visit", language: "nb", label: "Besøk i hjemmet" },
      { key: "badge.helper_of_the_year", language: "en", label: "Our helper of the year" },
    ];
    const awarded = (badgeKey: string, day: string, badgeName?: string) => ({
      ...makeEvent(
        "engagement.badge.awarded",
        { userBadgeId: randomUUID(), badgeId: randomUUID(), userId: m4, badgeKey, ...(badgeName ? { badgeName } : {}) },
        { organizationId: orgA },
      ),
      occurredAt: `${day}T10:00:00Z`,
    });
    await deliverAndWait(h, [
      makeEvent(
        "organization.settings.changed",
        { organizationId: orgA, version: 3, section: "terminology", values: { labels } },
        { organizationId: orgA, aggregateId: orgA },
      ),
      ...approved(orgA, m4, "2025-02-01T10:00:00Z", 60),
      awarded("first_activity", "2025-02-01", "Første innsats"),
      awarded("one_year", "2025-06-01"), // an event from before badges carried their name
      awarded("helper_of_the_year", "2025-09-01", "Årets hjelper"),
      awarded("first_activity_elsewhere", "2024-12-31", "Ikke i år"),
    ]);
    expect((await h.call(COMPUTE, { year: 2025 }, adminA)).errors).toBeUndefined();
    const BADGES = `query($year: Int) { myWrapped(year: $year) { badges namedBadges { key name } nn: namedBadges(language: NN) { name } en: namedBadges(language: EN) { name } } }`;
    const r = await h.call(BADGES, { year: 2025 }, viewer(m4, orgA, "peer_mentor"));
    expect(r.errors).toBeUndefined();
    expect(r.data!.myWrapped).toEqual({
      badges: ["first_activity", "one_year", "helper_of_the_year"], // deprecated: the keys
      namedBadges: [
        { key: "first_activity", name: "Første innsats" },
        { key: "one_year", name: "Ett år som likeperson" },
        { key: "helper_of_the_year", name: "Årets hjelper" },
      ],
      nn: [{ name: "Første aktivitet" }, { name: "Eitt år som likeperson" }, { name: "Årets hjelper" }],
      en: [{ name: "First activity" }, { name: "One year as a peer mentor" }, { name: "Our helper of the year" }],
    });
  });
});
