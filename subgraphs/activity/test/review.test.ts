import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { registerActivity } from "../src/application/register.js";
import { approveActivity, rejectActivity } from "../src/application/review.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, register, type World } from "./world.js";

let h: SubgraphHarness;
let w: World;
const delivered: EventEnvelope[] = [];

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  w = await arrangeWorld(h);
  await h.bus.subscribe({ group: "probe", topics: ["meander.activity"], handler: async (e) => void delivered.push(e) });
});

afterAll(() => h?.stop());

const APPROVE = `mutation($id: ID!) { approveActivity(id: $id) { id status approvals { previousStatus status decidedBy { id } reason decidedAt } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectActivity(id: $id, reason: $reason) { id status approvals { status reason decidedBy { id } } } }`;

describe("activity: review (approval_workflow_transition)", () => {
  it("lets the local association's coordinator approve; the decision is recorded and its event delivered", async () => {
    const id = await register(h, w.as(w.user.kari), { activityDate: daysAgo(3) });
    const r = await h.call(APPROVE, { id }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    expect(r.data!.approveActivity).toMatchObject({
      id, status: "APPROVED",
      approvals: [{ previousStatus: "PENDING_REVIEW", status: "APPROVED", decidedBy: { id: w.user.coord }, reason: null }],
    });
    await h.bus.idle();
    await expect.poll(() => delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.approved")).toMatchObject({
      organizationId: w.org.a, actorId: w.user.coord, payload: { activityId: id, approvedBy: w.user.coord },
    });
  });

  it("lets an organization administrator reject with a reason the mentor sees", async () => {
    const id = await register(h, w.as(w.user.per), {});
    const r = await h.call(REJECT, { id, reason: "  Dobbeltregistrert  " }, w.as(w.user.admin));
    expect(r.data!.rejectActivity).toMatchObject({ status: "REJECTED", approvals: [{ status: "REJECTED", reason: "Dobbeltregistrert", decidedBy: { id: w.user.admin } }] });
    const seen = await h.call(`query($id: ID!) { activity(id: $id) { status approvals { reason } } }`, { id }, w.as(w.user.per));
    expect(seen.data!.activity).toEqual({ status: "REJECTED", approvals: [{ reason: "Dobbeltregistrert" }] });
    await h.bus.idle();
    await expect.poll(() => delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.rejected")).toMatchObject({
      payload: { activityId: id, rejectedBy: w.user.admin, reason: "Dobbeltregistrert" },
    });
  });

  it("keeps an approved activity immutable (immutable_after_approval) and a rejected one final", async () => {
    const approved = await register(h, w.as(w.user.kari), {});
    await h.call(APPROVE, { id: approved }, w.as(w.user.coord));
    for (const r of [await h.call(REJECT, { id: approved, reason: "Oops" }, w.as(w.user.admin)), await h.call(APPROVE, { id: approved }, w.as(w.user.admin))]) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "immutable_after_approval", field: "status" });
    }
    const rejected = await register(h, w.as(w.user.ola), {});
    await h.call(REJECT, { id: rejected, reason: "Feil type" }, w.as(w.user.coord));
    const again = await h.call(APPROVE, { id: rejected }, w.as(w.user.coord));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "approval_workflow_transition", field: "status" });
  });

  it("requires a reason to reject (required_fields on reason)", async () => {
    const id = await register(h, w.as(w.user.kari), {});
    const r = await h.call(REJECT, { id, reason: "   " }, w.as(w.user.coord));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "required_fields", field: "reason" });
  });

  it("lets only coordinators and organization administrators review, never their own activity", async () => {
    const id = await register(h, w.as(w.user.kari), {});
    const mentor = await h.call(APPROVE, { id }, w.as(w.user.ola));
    expect(mentor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await register(h, w.as(w.user.coord), {});
    const self = await h.call(APPROVE, { id: own }, w.as(w.user.coord));
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "approval_workflow_transition" });
    expect((await h.call(APPROVE, { id: own }, w.as(w.user.admin))).data!.approveActivity.status).toBe("APPROVED");
  });

  it("hides other local associations' and organizations' activities from a reviewer (NOT_FOUND)", async () => {
    const elsewhere = await register(h, w.as(w.user.per), {});
    const r = await h.call(APPROVE, { id: elsewhere }, w.as(w.user.coord));
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const foreign = await h.call(APPROVE, { id: elsewhere }, w.as(w.user.coordB));
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lets one of two concurrent reviewers win", async () => {
    const uow = createUnitOfWork(h.db, eventStore);
    const kari = { userId: w.user.kari, organizationId: w.org.a, localAssociationId: w.la.a1, role: "peer_mentor" as const };
    const a = await registerActivity(uow, kari, { activityTypeKey: "home_visit" });
    const coord = { userId: w.user.coord, organizationId: w.org.a, localAssociationId: w.la.a1, role: "coordinator" as const };
    const admin = { ...coord, userId: w.user.admin, role: "org_admin" as const };
    const results = await Promise.allSettled([approveActivity(uow, coord, a.id), rejectActivity(uow, admin, a.id, "Nei")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { extensions: { code: "BAD_USER_INPUT" } } });
  });
});
