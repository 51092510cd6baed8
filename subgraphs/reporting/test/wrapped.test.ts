/**
 * Wrapped on a schedule (issue #21 item 5): the worker computes the year just ended on 1 January (Norwegian time) with
 * the clock the test holds, `myWrapped` answers it, a second computation changes nothing and tells nobody again, and
 * an administrator can ask for an ended year (their own organization only).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { approvedEvent, registeredEvent } from "./support/bufdir-data.js";

let h: SubgraphHarness;
// 31 December 2025, noon in Oslo: the year just ended is 2024 (nothing in it).
let now = new Date("2025-12-31T11:00:00Z");
const orgA = randomUUID();
const orgB = randomUUID();
const la = randomUUID();
const m1 = randomUUID();
const m2 = randomUUID();
const contact = randomUUID();
const viewer = (userId: string, organizationId: string | null, role: string) => ({ userId, organizationId, localAssociationId: organizationId ? la : null, role }) as never;
const WRAPPED = `query($year: Int) { myWrapped(year: $year) { user { id } year hours activities contactsReached busiestMonth byMonth } }`;
const COMPUTE = `mutation($year: Int!, $org: ID) { computeWrapped(year: $year, organizationId: $org) { year written unchanged removed } }`;

function approved(organizationId: string, userId: string, activityDate: string, durationMinutes: number, contactId?: string) {
  const reg = registeredEvent(organizationId, { userId, localAssociationId: la, activityType: "home_visit", activityDate, durationMinutes });
  const withContact = contactId ? { ...reg, payload: { ...reg.payload, contactId } } : reg;
  return [withContact, approvedEvent(organizationId, reg.payload.activityId)];
}
const readyEvents = () =>
  queryRows<{ aggregate_id: string; organization_id: string; payload: { year: number; activities: number } }>(
    h.db,
    sql`select aggregate_id, organization_id, payload from reporting.outbox where type = 'reporting.wrapped.ready' order by position`,
  );
const stored = (year: number) => queryRows<Record<string, unknown>>(h.db, sql`select * from reporting.annual_summaries where year = ${year} order by user_id`);

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
    await expect.poll(async () => (await h.call(WRAPPED, { year: 2025 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped, { timeout: 20_000 }).not.toBeNull();
    const mine = (await h.call(WRAPPED, { year: 2025 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped;
    expect(mine).toEqual({ user: { id: m1 }, year: 2025, hours: 3, activities: 3, contactsReached: 1, busiestMonth: 3, byMonth: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0] });
    expect((await h.call(WRAPPED, { year: 2025 }, viewer(m2, orgB, "peer_mentor"))).data!.myWrapped).toMatchObject({ activities: 1, hours: 2, busiestMonth: 5 });
    const events = await readyEvents();
    expect(events.map((e) => [e.aggregate_id, e.organization_id, e.payload.year, e.payload.activities]).sort()).toEqual(
      [[m1, orgA, 2025, 3], [m2, orgB, 2025, 1]].sort(),
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
    expect((await h.call(COMPUTE, { year: 2024, org: orgB }, adminA)).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await h.call(COMPUTE, { year: 2026 }, adminA)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "year_not_ended" });
    expect((await h.call(COMPUTE, { year: 2024 }, viewer(m1, orgA, "peer_mentor"))).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // The job computed 2024 (empty) on its first run, on 31 December 2025; facts of 2024 arrive late.
    await deliverAndWait(h, [...approved(orgA, m1, "2024-06-01T10:00:00Z", 60), ...approved(orgB, m2, "2024-06-01T10:00:00Z", 60)]);
    const r = await h.call(COMPUTE, { year: 2024 }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.computeWrapped).toEqual({ year: 2024, written: 1, unchanged: 0, removed: 0 }); // m1 only: m2 is organization B's
    expect((await stored(2024)).map((s) => s.user_id)).toEqual([m1]);
    expect((await h.call(WRAPPED, { year: 2024 }, viewer(m1, orgA, "peer_mentor"))).data!.myWrapped).toMatchObject({ activities: 1, hours: 1 });
    expect((await readyEvents()).filter((e) => e.payload.year === 2024).map((e) => e.aggregate_id)).toEqual([m1]);
  });
});
