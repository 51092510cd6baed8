/** `reporting.bufdir_report.submitted` leaves through the outbox, in the submission's transaction, once per version. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { deliverAndWait } from "./support/deliver.js";
import { makeEvent } from "@meander/testing";
import {
  approvedEvent,
  certificationEvent,
  laCreated,
  namesCreated,
  orgSetup,
  registeredEvent,
} from "./support/bufdir-data.js";

let h: SubgraphHarness;
const org = orgSetup(1, 1);
const admin = {
  userId: randomUUID(),
  organizationId: org.organizationId,
  localAssociationId: org.localAssociations[0]!.id,
  role: "org_admin" as const,
};
const SUBMIT = `mutation($year: Int!) { submitBufdirReport(year: $year) { id version activityDays participants activeMentors } }`;

const outboxRows = () =>
  queryRows<{
    type: string;
    aggregate_id: string;
    organization_id: string;
    actor_id: string;
    payload: Record<string, unknown>;
  }>(
    h.db,
    sql`select type, aggregate_id, organization_id, actor_id, payload from reporting.outbox where type = 'reporting.bufdir_report.submitted' order by position`,
  );

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  const visit = registeredEvent(org.organizationId, {
    userId: org.mentors[0]!,
    localAssociationId: org.localAssociations[0]!.id,
    activityType: "home_visit",
    activityDate: "2025-04-01T10:00:00Z",
    durationMinutes: 60,
  });
  await deliverAndWait(h, [
    ...laCreated(org),
    ...namesCreated(org, "Norges Erasmusforbund"),
    visit,
    approvedEvent(org.organizationId, visit.payload.activityId),
    certificationEvent(org.organizationId, org.mentors[0]!),
  ]);
});
afterAll(() => h?.stop());

describe("bufdir_report.submitted", () => {
  it("is in the outbox exactly once per submitted version, with the frozen numbers", async () => {
    const first = (await h.call(SUBMIT, { year: 2025 }, admin)).data!.submitBufdirReport;
    expect(first.activityDays).toBe(1);
    let rows = await outboxRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      type: "reporting.bufdir_report.submitted",
      aggregate_id: first.id,
      organization_id: org.organizationId,
      actor_id: admin.userId,
      payload: {
        reportId: first.id,
        year: 2025,
        version: 1,
        activityDays: 1,
        participants: 0,
        activeMentors: first.activeMentors,
        submittedBy: admin.userId,
      },
    });
    expect(first.activeMentors).toBe(1);
    const second = (await h.call(SUBMIT, { year: 2025 }, admin)).data!.submitBufdirReport;
    rows = await outboxRows();
    expect(rows.map((r) => [r.aggregate_id, r.payload.version])).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);
  });

  it("publishes nothing when the submission is refused", async () => {
    const before = (await outboxRows()).length;
    const r = await h.call(SUBMIT, { year: 1999 }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "year_range" });
    expect(await outboxRows()).toHaveLength(before);
  });

  it("an erasure of the mentor and of a contact leaves the frozen report as it was; the mentor's copied name goes (issue 24)", async () => {
    const FROZEN = `query { bufdirReport(year: 2025, version: 1) { version activityDays participants activeMentors } }`;
    const before = (await h.call(FROZEN, {}, admin)).data!.bufdirReport;
    const mentor = org.mentors[0]!;
    const named = () =>
      queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from reporting.people where user_id = ${mentor}`);
    expect((await named())[0]!.n).toBe(1);
    const requests = [
      ["user", mentor],
      ["contact", randomUUID()],
    ] as const;
    const events = requests.map(([subjectType, subjectId]) => {
      const requestId = randomUUID();
      return makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType, subjectId },
        { organizationId: org.organizationId, aggregateId: requestId },
      );
    });
    await deliverAndWait(h, events);
    const done = await queryRows<{ payload: unknown }>(
      h.db,
      sql`select payload from reporting.outbox where type = 'privacy.erasure.completed' order by position`,
    );
    // One completion per request; the two events may be handled in either order.
    expect(done.map((r) => r.payload)).toHaveLength(events.length);
    expect(done.map((r) => r.payload)).toEqual(
      expect.arrayContaining(events.map((e) => ({ requestId: e.payload.requestId, subgraph: "reporting" }))),
    );
    expect((await named())[0]!.n).toBe(0);
    expect((await h.call(FROZEN, {}, admin)).data!.bufdirReport).toEqual(before);
  });
});
