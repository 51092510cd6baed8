/**
 * Encrypted assignments (issue #6 item 10) and assignment_threshold_counting (seed 002): dispatch, read, the
 * append-only status log, audit of every payload read, secrecy at rest (a marker found in no column of the database).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMasterKey } from "@meander/crypto";
import { createUnitOfWork } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { runRetentionJob } from "../src/application/retention.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, register, type World } from "./world.js";
import { columnsHolding, count, rows } from "./sensitive-helpers.js";

let h: SubgraphHarness;
let w: World;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { masterKey: generateMasterKey() }));
  w = await arrangeWorld(h);
});
afterAll(() => h?.stop());

const DISPATCH = `mutation($input: DispatchAssignmentInput!) { dispatchAssignment(input: $input) { id status contactId mentor { id } coordinator { id } localAssociationId } }`;
const READ = `query($id: ID!) { assignment(id: $id) { id status payload statusLog { status actor { id } } } }`;
const MOVE = `mutation($id: ID!, $status: AssignmentStatus!) { moveAssignment(id: $id, status: $status) { id status } }`;
const assignmentCount = () => count(h, sql`select count(*)::int as n from activity.assignments`);
const readsOf = (id: string) => count(h, sql`select count(*)::int as n from activity.sensitive_reads where subject = 'assignment' and subject_id = ${id}`);

async function dispatch(payload: string, mentorId = w.user.kari, contactId = w.contact.a1.id): Promise<string> {
  const r = await h.call(DISPATCH, { input: { contactId, mentorId, payload } }, w.as(w.user.coord));
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.dispatchAssignment.id as string;
}

describe("assignments: dispatch", () => {
  it("a coordinator dispatches to a mentor of their local association, about a contact in scope", async () => {
    const r = await h.call(DISPATCH, { input: { contactId: w.contact.a1.id, mentorId: w.user.kari, payload: "Astrid trenger følge til legen" } }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    expect(r.data!.dispatchAssignment).toMatchObject({ status: "DISPATCHED", contactId: w.contact.a1.id, mentor: { id: w.user.kari }, coordinator: { id: w.user.coord }, localAssociationId: w.la.a1 });
    const id = r.data!.dispatchAssignment.id as string;
    const [event] = await rows<{ payload: Record<string, unknown> }>(h, sql`select payload from activity.outbox where type = 'activity.assignment.dispatched' and aggregate_id = ${id}`);
    expect(event!.payload).toEqual({ assignmentId: id, contactId: w.contact.a1.id, mentorId: w.user.kari, coordinatorId: w.user.coord, localAssociationId: w.la.a1 });
  });

  it("refuses mentors of another local association, contacts out of scope, empty payloads and non-coordinators; nothing changes", async () => {
    const before = await assignmentCount();
    const input = { contactId: w.contact.a1.id, mentorId: w.user.kari, payload: "x" };
    const otherLa = await h.call(DISPATCH, { input: { ...input, mentorId: w.user.per } }, w.as(w.user.coord));
    expect(otherLa.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "valid_user_reference", field: "mentorId" });
    const notMentor = await h.call(DISPATCH, { input: { ...input, mentorId: w.user.admin } }, w.as(w.user.coord));
    expect(notMentor.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "valid_user_reference" });
    const otherContact = await h.call(DISPATCH, { input: { ...input, contactId: w.contact.a2.id } }, w.as(w.user.coord));
    expect(otherContact.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "valid_contact_reference", field: "contactId" });
    const otherOrg = await h.call(DISPATCH, { input: { ...input, contactId: w.contact.b1.id } }, w.as(w.user.coord));
    expect(otherOrg.errors![0]!.extensions).toMatchObject({ rule: "valid_contact_reference" });
    const empty = await h.call(DISPATCH, { input: { ...input, payload: "  " } }, w.as(w.user.coord));
    expect(empty.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "required_fields", field: "payload" });
    const long = await h.call(DISPATCH, { input: { ...input, payload: "x".repeat(10_001) } }, w.as(w.user.coord));
    expect(long.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "payload_length", field: "payload" });
    const two = await h.call(DISPATCH, { input: { ...input, payload: " ", contactId: w.contact.a2.id } }, w.as(w.user.coord));
    expect((two.errors![0]!.extensions!.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual(["required_fields", "valid_contact_reference"]);
    for (const who of [w.user.kari, w.user.admin]) {
      expect((await h.call(DISPATCH, { input }, w.as(who))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    expect(await assignmentCount()).toBe(before);
  });
});

describe("assignments: reading, audit and isolation", () => {
  it("only the assigned mentor and the dispatching coordinator read it; every read of the payload is audited", async () => {
    const id = await dispatch("Ring før besøk, dørklokken virker ikke");
    expect(await readsOf(id)).toBe(0);
    const byMentor = await h.call(READ, { id }, w.as(w.user.kari));
    expect(byMentor.data!.assignment).toMatchObject({ payload: "Ring før besøk, dørklokken virker ikke", statusLog: [{ status: "DISPATCHED", actor: { id: w.user.coord } }] });
    expect(await readsOf(id)).toBe(1);
    await h.call(READ, { id }, w.as(w.user.kari));
    expect(await readsOf(id)).toBe(2);
    const byCoord = await h.call(READ, { id }, w.as(w.user.coord));
    expect(byCoord.data!.assignment.payload).toBe("Ring før besøk, dørklokken virker ikke");
    expect(await readsOf(id)).toBe(3);
    const list = await h.call(`{ assignments { id payload } }`, {}, w.as(w.user.kari));
    expect(list.data!.assignments.map((a: { id: string }) => a.id)).toContain(id);
    expect(await readsOf(id)).toBe(4);
    const audit = await rows<{ actor_id: string }>(h, sql`select actor_id from activity.sensitive_reads where subject_id = ${id} order by read_at`);
    expect(audit.map((a) => a.actor_id)).toEqual([w.user.kari, w.user.kari, w.user.coord, w.user.kari]);
    expect(await count(h, sql`select count(*)::int as n from activity.outbox where type = 'activity.audit.recorded' and aggregate_id = ${id}`)).toBe(4);
    // Status without the payload: no read of the secret, no entry.
    await h.call(`query($id: ID!) { assignment(id: $id) { status } }`, { id }, w.as(w.user.kari));
    expect(await readsOf(id)).toBe(4);
  });

  it("others (another mentor, another coordinator, another organization) get NOT_FOUND, and leave no read", async () => {
    const id = await dispatch("Hemmelig");
    for (const other of [w.user.ola, w.user.per, w.user.nina, w.user.coordB]) {
      expect((await h.call(READ, { id }, w.as(other))).data!.assignment).toBeNull();
      expect((await h.call(`{ assignments { id } }`, {}, w.as(other))).data!.assignments.map((a: { id: string }) => a.id)).not.toContain(id);
      const move = await h.call(MOVE, { id, status: "DELIVERED" }, w.as(other));
      expect(move.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    }
    // Another coordinator of the same local association did not dispatch it: not theirs either.
    const otherCoordinator = { userId: randomUUID(), organizationId: w.org.a, localAssociationId: w.la.a1, role: "coordinator" as const };
    expect((await h.call(READ, { id }, otherCoordinator)).data!.assignment).toBeNull();
    expect((await h.call(MOVE, { id, status: "CANCELLED" }, otherCoordinator)).errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect((await h.call(READ, { id }, w.as(w.user.admin))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await readsOf(id)).toBe(0);
    expect((await h.call(READ, { id }, w.as(w.user.kari))).data!.assignment.status).toBe("DISPATCHED");
  });

  it("a payload copied to another assignment fails to decrypt: an error, never the plaintext", async () => {
    const source = await dispatch("Kodeord til nøkkelboks: 4711");
    const target = await dispatch("Noe annet");
    await h.db.execute(sql`update activity.assignments set payload_enc = (select payload_enc from activity.assignments where id = ${source}) where id = ${target}`);
    const r = await h.call(READ, { id: target }, w.as(w.user.kari));
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]?.extensions?.code).toBe("DATA_INTEGRITY");
    expect(r.data?.assignment?.payload ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain("4711");
    expect(await readsOf(target)).toBe(0);
    expect((await h.call(READ, { id: source }, w.as(w.user.kari))).data!.assignment.payload).toBe("Kodeord til nøkkelboks: 4711");
  });
});

describe("assignments: assignment_status_transition along the append-only log", () => {
  it("the mentor moves it on, the coordinator cancels; refused moves change nothing", async () => {
    const id = await dispatch("Følg opp");
    for (const status of ["DELIVERED", "READ", "ACKNOWLEDGED"]) {
      expect((await h.call(MOVE, { id, status }, w.as(w.user.kari))).data!.moveAssignment.status).toBe(status);
    }
    const back = await h.call(MOVE, { id, status: "DELIVERED" }, w.as(w.user.kari));
    expect(back.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "assignment_status_transition", field: "status" });
    const byCoord = await h.call(MOVE, { id, status: "COMPLETED" }, w.as(w.user.coord));
    expect(byCoord.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", rule: "assignment_status_transition" });
    const mentorCancels = await h.call(MOVE, { id, status: "CANCELLED" }, w.as(w.user.kari));
    expect(mentorCancels.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", rule: "assignment_status_transition" });
    expect((await h.call(MOVE, { id, status: "COMPLETED" }, w.as(w.user.kari))).data!.moveAssignment.status).toBe("COMPLETED");
    const afterEnd = await h.call(MOVE, { id, status: "CANCELLED" }, w.as(w.user.coord));
    expect(afterEnd.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "assignment_status_transition" });

    const log = await h.call(`query($id: ID!) { assignment(id: $id) { statusLog { status actor { id } at } } }`, { id }, w.as(w.user.coord));
    expect(log.data!.assignment.statusLog.map((e: { status: string }) => e.status)).toEqual(["DISPATCHED", "DELIVERED", "READ", "ACKNOWLEDGED", "COMPLETED"]);
    expect(await count(h, sql`select count(*)::int as n from activity.outbox where type = 'activity.assignment.status_changed' and aggregate_id = ${id}`)).toBe(4);

    const other = await dispatch("Avlyses");
    expect((await h.call(MOVE, { id: other, status: "CANCELLED" }, w.as(w.user.coord))).data!.moveAssignment.status).toBe("CANCELLED");
    expect((await h.call(MOVE, { id: other, status: "READ" }, w.as(w.user.kari))).errors![0]!.extensions!.rule).toBe("assignment_status_transition");
  });

  it("the status log is immutable: the database refuses UPDATE and DELETE", async () => {
    const id = await dispatch("Logg");
    const refusal = (q: ReturnType<typeof sql>) => h.db.execute(q).then(() => "allowed", (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(sql`update activity.assignment_status_log set status = 'completed' where assignment_id = ${id}`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from activity.assignment_status_log where assignment_id = ${id}`)).toMatch(/append-only/);
    expect(await count(h, sql`select count(*)::int as n from activity.assignment_status_log where assignment_id = ${id} and status = 'dispatched'`)).toBe(1);
  });
});

describe("assignment_threshold_counting (seed 002)", () => {
  it("an approved activity with the assignment's mentor and contact carries the assignment to finance", async () => {
    const contact = (await h.call(`mutation { createContact(input: { firstName: "Tone", lastName: "Vik" }) { id } }`, {}, w.as(w.user.coord))).data!.createContact.id as string;
    const assignmentId = await dispatch("Besøk Tone", w.user.kari, contact);
    const linked = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1), contactId: contact });
    const unlinked = await register(h, w.as(w.user.ola), { activityDate: daysAgo(1), contactId: contact });
    const noContact = await register(h, w.as(w.user.kari), { activityDate: daysAgo(2), activityTypeKey: "phone_call" });
    const approve = `mutation($ids: [ID!]!) { approveActivities(ids: $ids) { id status } }`;
    const r = await h.call(approve, { ids: [linked, unlinked, noContact] }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    const payloadOf = async (activityId: string) =>
      (await rows<{ payload: Record<string, unknown> }>(h, sql`select payload from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${activityId}`))[0]!.payload;
    expect(await payloadOf(linked)).toMatchObject({ activityId: linked, assignmentId, userId: w.user.kari, contactId: contact });
    expect(await payloadOf(unlinked)).toMatchObject({ activityId: unlinked, assignmentId: null, userId: w.user.ola, contactId: contact });
    expect(await payloadOf(noContact)).toMatchObject({ assignmentId: null, contactId: null });
  });

  it("only approved activities count: a rejected one carries nothing to finance; a cancelled assignment links nothing", async () => {
    const contact = (await h.call(`mutation { createContact(input: { firstName: "Siv", lastName: "Ås" }) { id } }`, {}, w.as(w.user.coord))).data!.createContact.id as string;
    const cancelled = await dispatch("Avlyst", w.user.kari, contact);
    await h.call(MOVE, { id: cancelled, status: "CANCELLED" }, w.as(w.user.coord));
    const rejected = await register(h, w.as(w.user.kari), { activityDate: daysAgo(3), contactId: contact });
    await h.call(`mutation($id: ID!) { rejectActivity(id: $id, reason: "Feil dato") { id } }`, { id: rejected }, w.as(w.user.coord));
    expect(await count(h, sql`select count(*)::int as n from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${rejected}`)).toBe(0);
    const approved = await register(h, w.as(w.user.kari), { activityDate: daysAgo(4), contactId: contact });
    await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: approved }, w.as(w.user.coord));
    const [event] = await rows<{ payload: Record<string, unknown> }>(h, sql`select payload from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${approved}`);
    expect(event!.payload).toMatchObject({ assignmentId: null });
  });
});

describe("secrecy at rest", () => {
  it("a marker put in a payload and in every sensitive contact field is found in no column of any table", async () => {
    const marker = `MARKER-${randomUUID()}`;
    const contact = (await h.call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      { input: { firstName: "Kåre", lastName: "Bø", address: `Vei ${marker}`, healthInfo: `Helse ${marker}` } }, w.as(w.user.coord))).data!.createContact.id as string;
    await h.call(`mutation($c: ID!) { addContactRelation(contactId: $c, input: { kind: CAREGIVER, name: "Pål", phone: "+47 938 51 726" }) { id } }`, { c: contact }, w.as(w.user.coord));
    await h.call(`mutation($c: ID!, $b: String!) { addContactNote(contactId: $c, body: $b) { id } }`, { c: contact, b: `Notat ${marker}` }, w.as(w.user.coord));
    const id = await dispatch(`Oppdrag ${marker}`, w.user.kari, contact);
    // Read everything back (audit rows and events are written) and move the assignment (status log, events).
    const read = await h.call(`query($c: ID!, $a: ID!) { contact(id: $c) { address healthInfo relations { phone } notes { body } } assignment(id: $a) { payload } }`, { c: contact, a: id }, w.as(w.user.coord));
    expect(read.data!.contact.address).toBe(`Vei ${marker}`);
    expect(read.data!.assignment.payload).toBe(`Oppdrag ${marker}`);
    await h.call(MOVE, { id, status: "READ" }, w.as(w.user.kari));
    const activity = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1), contactId: contact });
    await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: activity }, w.as(w.user.coord));
    await h.bus.idle();
    expect(await count(h, sql`select count(*)::int as n from activity.sensitive_reads where subject_id in (${contact}, ${id})`)).toBeGreaterThanOrEqual(3);

    const { hits, scanned } = await columnsHolding(h, marker);
    expect(scanned).toBeGreaterThan(50);
    expect(hits).toEqual([]);
    // A phone must be a number (phone_format): the caregiver's is looked for by its digits.
    expect((await columnsHolding(h, "93851726")).hits).toEqual([]);
    // The scan itself finds what is stored in clear (it is not blind).
    expect((await columnsHolding(h, "Kåre")).hits).toContain("activity.contacts.first_name");
  });
});

describe("erasure of a contact (issue 24 items 4, 5)", () => {
  const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
  const RELATION = `mutation($c: ID!, $input: ContactRelationInput!) { addContactRelation(contactId: $c, input: $input) { id } }`;
  const NOTE = `mutation($c: ID!, $body: String!) { addContactNote(contactId: $c, body: $body) { id } }`;
  const READ = `query($id: ID!) { contact(id: $id) { firstName lastName municipality address healthInfo relations { id } notes { id } } }`;

  it("activity's part leaves nothing that names the contact, keeps their activities counting and other contacts readable; the retention job skips them", async () => {
    const token = randomUUID().slice(0, 8);
    const phone = `+479${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
    const create = async (input: Record<string, unknown>) => (await h.call(CREATE, { input }, w.as(w.user.coord))).data!.createContact.id as string;
    const erased = await create({ firstName: `Gudrun${token}`, lastName: `Eriksen${token}`, municipality: `Kommune${token}`, address: `Slettveien ${token}`, healthInfo: `Diagnose ${token}` });
    const kept = await create({ firstName: "Beate", lastName: "Beholdt", address: `Beholdtveien ${token.split("").reverse().join("")}` });
    expect((await h.call(RELATION, { c: erased, input: { kind: "CAREGIVER", name: `Omsorg${token}`, phone } }, w.as(w.user.coord))).errors).toBeUndefined();
    expect((await h.call(NOTE, { c: erased, body: `Notat om ${token}` }, w.as(w.user.coord))).errors).toBeUndefined();
    const assignmentId = await dispatch(`Oppdrag hos ${token}`, w.user.kari, erased);
    const activityId = await register(h, w.as(w.user.kari), { activityTypeKey: "home_visit", contactId: erased, activityDate: daysAgo(2), durationMinutes: 30, description: `Besøk hos ${token}`, title: `Tittel ${token}` });

    const requestId = randomUUID();
    await h.bus.publish([makeEvent("privacy.erasure.requested", { requestId, subjectType: "contact", subjectId: erased }, { organizationId: w.org.a, aggregateId: requestId })]);
    await expect.poll(async () => (await rows<{ payload: unknown }>(h, sql`select payload from activity.outbox where type = 'privacy.erasure.completed' and aggregate_id = ${requestId}`))[0]?.payload)
      .toEqual({ requestId, subgraph: "activity" });

    expect((await h.call(READ, { id: erased }, w.as(w.user.coord))).data!.contact).toEqual({ firstName: "Slettet", lastName: "kontakt", municipality: null, address: null, healthInfo: null, relations: [], notes: [] });
    expect((await h.call(`query($id: ID!) { assignment(id: $id) { id payload } }`, { id: assignmentId }, w.as(w.user.kari))).data!.assignment).toEqual({ id: assignmentId, payload: null });
    expect((await h.call(READ, { id: kept }, w.as(w.user.coord))).data!.contact).toMatchObject({ firstName: "Beate", address: `Beholdtveien ${token.split("").reverse().join("")}` });
    // The activity stays (it keeps counting), without its free text.
    expect(await rows(h, sql`select contact_id, duration_minutes, title, description from activity.activities where id = ${activityId}`)).toEqual([{ contact_id: erased, duration_minutes: 30, title: null, description: null }]);
    for (const marker of [token, phone]) expect((await columnsHolding(h, marker)).hits).toEqual([]);

    // The nightly job proposes contacts past retention, never one already erased.
    const uow = createUnitOfWork(h.db, eventStore);
    expect(await runRetentionJob(uow, new Date(Date.now() + 30 * 365 * 86_400_000))).toBeGreaterThan(0);
    const [proposal] = await rows<{ payload: { contactIds: string[]; retentionYears: number } }>(h, sql`select payload from activity.outbox where type = 'privacy.retention.expired' and organization_id = ${w.org.a}`);
    expect(proposal!.payload.contactIds).toContain(kept);
    expect(proposal!.payload.contactIds).not.toContain(erased);
  });
});
