import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
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
      id,
      status: "APPROVED",
      approvals: [
        { previousStatus: "PENDING_REVIEW", status: "APPROVED", decidedBy: { id: w.user.coord }, reason: null },
      ],
    });
    await h.bus.idle();
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.approved"))
      .toMatchObject({
        organizationId: w.org.a,
        actorId: w.user.coord,
        payload: { activityId: id, approvedBy: w.user.coord },
      });
  });

  it("lets an organization administrator reject with a reason the mentor sees", async () => {
    const id = await register(h, w.as(w.user.per), {});
    const r = await h.call(REJECT, { id, reason: "  Dobbeltregistrert  " }, w.as(w.user.admin));
    expect(r.data!.rejectActivity).toMatchObject({
      status: "REJECTED",
      approvals: [{ status: "REJECTED", reason: "Dobbeltregistrert", decidedBy: { id: w.user.admin } }],
    });
    const seen = await h.call(
      `query($id: ID!) { activity(id: $id) { status approvals { reason } } }`,
      { id },
      w.as(w.user.per),
    );
    expect(seen.data!.activity).toEqual({ status: "REJECTED", approvals: [{ reason: "Dobbeltregistrert" }] });
    await h.bus.idle();
    // Ids only in the kept event (issue 24 item 2, version 2): the mentor reads the reason from activity, above.
    await expect
      .poll(() => delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.rejected"))
      .toMatchObject({
        version: 2,
        payload: { activityId: id, rejectedBy: w.user.admin },
      });
    expect(
      JSON.stringify(delivered.find((e) => e.aggregateId === id && e.type === "activity.activity.rejected")!.payload),
    ).not.toContain("Dobbelt");
  });

  it("keeps an approved activity immutable (immutable_after_approval) and a rejected one final", async () => {
    const approved = await register(h, w.as(w.user.kari), {});
    await h.call(APPROVE, { id: approved }, w.as(w.user.coord));
    for (const r of [
      await h.call(REJECT, { id: approved, reason: "Oops" }, w.as(w.user.admin)),
      await h.call(APPROVE, { id: approved }, w.as(w.user.admin)),
    ]) {
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "immutable_after_approval",
        field: "status",
      });
    }
    const rejected = await register(h, w.as(w.user.ola), {});
    await h.call(REJECT, { id: rejected, reason: "Feil type" }, w.as(w.user.coord));
    const again = await h.call(APPROVE, { id: rejected }, w.as(w.user.coord));
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "approval_workflow_transition",
      field: "status",
    });
  });

  it("requires a reason to reject (required_fields on reason)", async () => {
    const id = await register(h, w.as(w.user.kari), {});
    const r = await h.call(REJECT, { id, reason: "   " }, w.as(w.user.coord));
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "reason",
    });
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
    const kari = {
      userId: w.user.kari,
      organizationId: w.org.a,
      localAssociationId: w.la.a1,
      role: "peer_mentor" as const,
    };
    const a = await registerActivity(uow, kari, { activityTypeKey: "home_visit" });
    const coord = {
      userId: w.user.coord,
      organizationId: w.org.a,
      localAssociationId: w.la.a1,
      role: "coordinator" as const,
    };
    const admin = { ...coord, userId: w.user.admin, role: "org_admin" as const };
    const results = await Promise.allSettled([
      approveActivity(uow, coord, a.id),
      rejectActivity(uow, admin, a.id, "Nei"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { extensions: { code: "BAD_USER_INPUT" } },
    });
  });
});

const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, input: $input) { id status title durationMinutes activityDate contactId userId isProxyRegistration suspectedDuplicateOf
    statusLog { previousStatus status changedBy { id } note } }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawActivity(id: $id, reason: "Registrert ved en feil") { id status statusLog { status changedBy { id } note } } }`;
const eventOf = (id: string, type: string) =>
  expect.poll(() => delivered.find((e) => e.aggregateId === id && e.type === type), { timeout: 10_000 });

describe("activity: corrections and withdrawal (issue 20, finding 1)", () => {
  it("lets the mentor correct a pending activity: every registration rule, the status log, the event and the audit entry", async () => {
    const id = await register(h, w.as(w.user.kari), { activityDate: daysAgo(3), durationMinutes: 45 });
    const bad = await h.call(UPDATE, { id, input: { durationMinutes: 0 } }, w.as(w.user.kari));
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "duration_range",
      field: "durationMinutes",
    });
    const odd = await h.call(UPDATE, { id, input: { activityDate: "1899-01-01" } }, w.as(w.user.kari));
    expect(odd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "activity_date_floor" });
    // Into last year's partition: the row moves, and is found again by id.
    const lastYear = `${new Date().getUTCFullYear() - 1}-06-01`;
    const r = await h.call(
      UPDATE,
      { id, input: { durationMinutes: 90, title: "Besøk hos Astrid", activityDate: lastYear } },
      w.as(w.user.kari),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateActivity).toMatchObject({
      id,
      status: "PENDING_REVIEW",
      durationMinutes: 90,
      title: "Besøk hos Astrid",
      activityDate: `${lastYear}T00:00:00.000Z`,
    });
    expect(r.data!.updateActivity.statusLog.at(-1)).toEqual({
      previousStatus: "PENDING_REVIEW",
      status: "PENDING_REVIEW",
      changedBy: { id: w.user.kari },
      note: "endret: activityDate, durationMinutes, title",
    });
    const again = await h.call(
      `query($id: ID!) { activity(id: $id) { durationMinutes activityDate } }`,
      { id },
      w.as(w.user.coord),
    );
    expect(again.data!.activity).toEqual({ durationMinutes: 90, activityDate: `${lastYear}T00:00:00.000Z` });
    await eventOf(id, "activity.activity.updated").toMatchObject({
      actorId: w.user.kari,
      payload: {
        activityId: id,
        updatedBy: w.user.kari,
        changedFields: ["activityDate", "durationMinutes", "title"],
        durationMinutes: 90,
        status: "pending_review",
      },
    });
    await eventOf(id, "activity.audit.recorded").toMatchObject({
      payload: {
        action: "activity.updated",
        actorId: w.user.kari,
        subjectId: id,
        fields: ["activityDate", "durationMinutes", "title"],
      },
    });
  });

  it("lets the coordinator correct their local association's activity, recorded as theirs; duplicate detection runs again", async () => {
    const first = await register(h, w.as(w.user.ola), { activityDate: daysAgo(10), contactId: w.contact.a1.id });
    const second = await register(h, w.as(w.user.ola), { activityDate: daysAgo(5), contactId: w.contact.a1.id });
    const r = await h.call(UPDATE, { id: second, input: { activityDate: daysAgo(10) } }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateActivity).toMatchObject({
      status: "FLAGGED",
      suspectedDuplicateOf: first,
      userId: w.user.ola,
      isProxyRegistration: false,
    });
    expect(r.data!.updateActivity.statusLog.at(-1)).toMatchObject({
      status: "FLAGGED",
      changedBy: { id: w.user.coord },
    });
    const elsewhere = await register(h, w.as(w.user.per), {});
    expect(
      (await h.call(UPDATE, { id: elsewhere, input: { title: "x" } }, w.as(w.user.coord))).errors?.[0]?.extensions
        ?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await h.call(UPDATE, { id: second, input: { title: "x" } }, w.as(w.user.kari))).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("withdraws an undecided activity (kept, with its log) and refuses to change approved, rejected or withdrawn ones", async () => {
    const id = await register(h, w.as(w.user.kari), {});
    const r = await h.call(WITHDRAW, { id }, w.as(w.user.kari));
    expect(r.data!.withdrawActivity).toMatchObject({ status: "WITHDRAWN" });
    expect(r.data!.withdrawActivity.statusLog.at(-1)).toEqual({
      status: "WITHDRAWN",
      changedBy: { id: w.user.kari },
      note: "Registrert ved en feil",
    });
    await eventOf(id, "activity.activity.withdrawn").toMatchObject({
      payload: { activityId: id, withdrawnBy: w.user.kari, previousStatus: "pending_review" },
    });
    for (const again of [
      await h.call(WITHDRAW, { id }, w.as(w.user.kari)),
      await h.call(UPDATE, { id, input: { title: "x" } }, w.as(w.user.kari)),
    ]) {
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "approval_workflow_transition",
        field: "status",
      });
    }
    const approved = await register(h, w.as(w.user.kari), {});
    await h.call(APPROVE, { id: approved }, w.as(w.user.coord));
    for (const refused of [
      await h.call(WITHDRAW, { id: approved }, w.as(w.user.kari)),
      await h.call(UPDATE, { id: approved, input: { durationMinutes: 60 } }, w.as(w.user.coord)),
    ]) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        rule: "immutable_after_approval",
        field: "status",
      });
    }
  });
});

const SUMMARY = `query($id: ID!) { activity(id: $id) { status suspectedDuplicateOf suspectedDuplicate { id } duplicateDecision
  suspectedDuplicateSummary { activityId activityDate durationMinutes status type { key name } localAssociation { id } mentor { id } } } }`;
const RESOLVE = `mutation($id: ID!, $d: DuplicateDecision!) { resolveDuplicate(id: $id, decision: $d) { status duplicateDecision approvals { reason } statusLog { status changedBy { id } } } }`;

describe("activity: duplicates across local associations (issue 20, finding 5)", () => {
  it("shows a coordinator the essentials of a suspect in another local association and records their decision", async () => {
    // A mentor of both local associations logs the same visit in each.
    const mentor = randomUUID();
    await h.bus.publish(
      [w.la.a1, w.la.a2].map((localAssociationId) =>
        makeEvent(
          "organization.membership.added",
          {
            membershipId: randomUUID(),
            userId: mentor,
            localAssociationId,
            role: "peer_mentor",
            isPrimary: localAssociationId === w.la.a1,
          },
          { organizationId: w.org.a },
        ),
      ),
    );
    await h.bus.idle();
    const inA = (la: string) => ({
      userId: mentor,
      organizationId: w.org.a,
      localAssociationId: la,
      role: "peer_mentor" as const,
    });
    const when = daysAgo(2);
    const [asker, oslo] = [
      await register(h, inA(w.la.a2), { activityDate: when }),
      await register(h, inA(w.la.a1), { activityDate: when }),
    ];
    const seen = await h.call(SUMMARY, { id: oslo }, w.as(w.user.coord));
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.activity).toEqual({
      status: "FLAGGED",
      suspectedDuplicateOf: asker,
      suspectedDuplicate: null,
      duplicateDecision: null,
      suspectedDuplicateSummary: {
        activityId: asker,
        activityDate: when,
        durationMinutes: 30,
        status: "PENDING_REVIEW",
        type: { key: "home_visit", name: expect.any(String) },
        localAssociation: { id: w.la.a2 },
        mentor: { id: mentor },
      },
    });
    const cleared = await h.call(RESOLVE, { id: oslo, d: "NOT_DUPLICATE" }, w.as(w.user.coord));
    expect(cleared.data!.resolveDuplicate).toMatchObject({
      status: "PENDING_REVIEW",
      duplicateDecision: "NOT_DUPLICATE",
    });
    expect(cleared.data!.resolveDuplicate.statusLog.at(-1)).toEqual({
      status: "PENDING_REVIEW",
      changedBy: { id: w.user.coord },
    });
    const twice = await h.call(RESOLVE, { id: oslo, d: "DUPLICATE" }, w.as(w.user.coord));
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "duplicate_decision_state" });
    // A correction does not raise the cleared suspicion again.
    expect(
      (await h.call(UPDATE, { id: oslo, input: { durationMinutes: 40 } }, inA(w.la.a1))).data!.updateActivity.status,
    ).toBe("PENDING_REVIEW");

    const third = await register(h, inA(w.la.a1), { activityDate: when, activityTypeKey: "home_visit" });
    const confirmed = await h.call(RESOLVE, { id: third, d: "DUPLICATE" }, w.as(w.user.coord));
    expect(confirmed.data!.resolveDuplicate).toMatchObject({
      status: "REJECTED",
      duplicateDecision: "DUPLICATE",
      approvals: [{ reason: expect.stringContaining("duplikat") }],
    });
    const mentorTries = await h.call(RESOLVE, { id: third, d: "NOT_DUPLICATE" }, inA(w.la.a1));
    expect(mentorTries.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
