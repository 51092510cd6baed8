import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventEnvelope } from "@meander/events";
import { generateDemoData } from "@meander/fixtures";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { seedDemo } from "../src/seed.js";

let h: SubgraphHarness;
const delivered: EventEnvelope[] = [];

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({ group: "probe", topics: ["meander.activity"], handler: async (e) => void delivered.push(e) });
});

afterAll(() => h?.stop());

describe("activity: consumed events", () => {
  it("provisions the default catalog for a new organization once, however often the event arrives", async () => {
    const org = randomUUID();
    const created = makeEvent(
      "organization.organization.created",
      { organizationId: org, name: "Barnekreftforeningen", shortName: "BKF" },
      { organizationId: org },
    );
    await h.bus.publish([created, created, { ...created, id: randomUUID() }]);
    await h.bus.idle();
    const r = await h.call(
      `{ activityTypes { key bufdirCategory } }`,
      {},
      { userId: randomUUID(), organizationId: org, role: "org_admin" },
    );
    expect(r.data!.activityTypes).toHaveLength(5);
    expect(r.data!.activityTypes).toContainEqual({ key: "group_meeting", bufdirCategory: "GROUP" });
  });

  it("learns memberships for proxy registration from organization.membership.added", async () => {
    const org = randomUUID();
    const la = randomUUID();
    const coord = randomUUID();
    const mentor = randomUUID();
    const as = { userId: coord, organizationId: org, localAssociationId: la, role: "coordinator" as const };
    await h.bus.publish([
      makeEvent(
        "organization.organization.created",
        { organizationId: org, name: "HLF", shortName: "HLF" },
        { organizationId: org },
      ),
    ]);
    await h.bus.idle();
    const q = `mutation($u: ID!) { registerActivity(input: { activityTypeKey: "home_visit", isProxyRegistration: true, userId: $u }) { userId proxySubmittedBy } }`;
    const before = await h.call(q, { u: mentor }, as);
    expect(before.errors?.[0]?.extensions).toMatchObject({ rule: "valid_user_reference" });
    await h.bus.publish([
      makeEvent(
        "organization.membership.added",
        { membershipId: randomUUID(), userId: mentor, localAssociationId: la, role: "peer_mentor", isPrimary: true },
        { organizationId: org },
      ),
    ]);
    await h.bus.idle();
    expect((await h.call(q, { u: mentor }, as)).data!.registerActivity).toEqual({
      userId: mentor,
      proxySubmittedBy: coord,
    });
  });

  it("follows finance for has_reimbursement (finance.activity_reimbursement.changed)", async () => {
    const org = randomUUID();
    const la = randomUUID();
    const mentor = randomUUID();
    const as = { userId: mentor, organizationId: org, localAssociationId: la, role: "peer_mentor" as const };
    await h.bus.publish([
      makeEvent(
        "organization.organization.created",
        { organizationId: org, name: "NHF", shortName: "NHF" },
        { organizationId: org },
      ),
      makeEvent(
        "organization.membership.added",
        { membershipId: randomUUID(), userId: mentor, localAssociationId: la, role: "peer_mentor", isPrimary: true },
        { organizationId: org },
      ),
    ]);
    await h.bus.idle();
    const r = await h.call(
      `mutation { registerActivity(input: { activityTypeKey: "home_visit" }) { id hasReimbursement } }`,
      {},
      as,
    );
    const { id, hasReimbursement } = r.data!.registerActivity;
    expect(hasReimbursement).toBe(false);
    const changed = (value: boolean) =>
      makeEvent(
        "finance.activity_reimbursement.changed",
        { activityId: id, hasReimbursement: value },
        { organizationId: org, aggregateId: id },
      );
    const read = async () =>
      (await h.call(`query($id: ID!) { activity(id: $id) { hasReimbursement } }`, { id }, as)).data!.activity
        .hasReimbursement;
    await h.bus.publish([changed(true)]);
    await h.bus.idle();
    expect(await read()).toBe(true);
    await h.bus.publish([changed(false)]);
    await h.bus.idle();
    expect(await read()).toBe(false);
  });
});

describe("activity: demo seed", () => {
  it("writes the catalog, contacts and fixture activities through the use cases, with their events", async () => {
    const data = generateDemoData({
      regionsPerOrganization: 1,
      associationsPerRegion: 2,
      mentorsPerAssociation: 2,
      activitiesPerMentor: 3,
    });
    await seedDemo(h.db, data);
    const org = data.organizations[0]!;
    const admin = data.memberships.find((m) => m.role === "org_admin")!;
    const as = {
      userId: admin.userId,
      organizationId: org.id,
      localAssociationId: admin.localAssociationId,
      role: "org_admin" as const,
    };
    const r = await h.call(
      `{ activities(first: 100) { edges { node { id status approvals { decidedBy { id } } } } } activityTypes { key } contacts(first: 100) { edges { cursor } } }`,
      {},
      as,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.activities.edges).toHaveLength(data.activities.length);
    expect(r.data!.activityTypes).toHaveLength(5);
    expect(r.data!.contacts.edges).toHaveLength(data.contacts.length);
    const approved = data.activities.filter((a) => a.status === "approved");
    const coordinators = new Set(data.memberships.filter((m) => m.role === "coordinator").map((m) => m.userId));
    for (const edge of r.data!.activities.edges) {
      const fixture = data.activities.find((a) => a.id === edge.node.id)!;
      expect(edge.node.status).toBe(fixture.status.toUpperCase());
      if (fixture.status === "approved") expect(coordinators.has(edge.node.approvals[0].decidedBy.id)).toBe(true);
    }
    await h.bus.idle();
    const ids = new Set(data.activities.map((a) => a.id));
    await expect
      .poll(() => delivered.filter((e) => ids.has(e.aggregateId) && e.type === "activity.activity.registered").length)
      .toBe(data.activities.length);
    await expect
      .poll(() => delivered.filter((e) => ids.has(e.aggregateId) && e.type === "activity.activity.approved").length)
      .toBe(approved.length);
  });
});
