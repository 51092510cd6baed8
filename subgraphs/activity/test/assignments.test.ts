/**
 * Encrypted assignments (issue #6 item 10) and assignment_threshold_counting (seed 002): dispatch, read, the
 * append-only status log, audit of every payload read, secrecy at rest (a marker found in no column of the database).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEnvelope,
  generateMasterKey,
  isCryptoError,
  keyringOver,
  parseCiphertext,
  sqlKeyStore,
} from "@meander/crypto";
import { inScopedTransaction } from "@meander/db";
import { shredSubject } from "../src/application/subject-keys.js";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createUnitOfWork } from "@meander/events";
import { makeEvent } from "@meander/testing";
import { runRetentionJob } from "../src/application/retention.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, daysAgo, register, type World } from "./world.js";
import { columnsHolding, count, rows } from "./sensitive-helpers.js";

let h: SubgraphHarness;
let w: World;
const masterKey = generateMasterKey();

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { masterKey }));
  w = await arrangeWorld(h);
});
afterAll(() => h?.stop());

const DISPATCH = `mutation($input: DispatchAssignmentInput!) { dispatchAssignment(input: $input) { id status contactId mentor { id } coordinator { id } localAssociationId } }`;
const READ = `query($id: ID!) { assignment(id: $id) { id status payload statusLog { status actor { id } } } }`;
const MOVE = `mutation($id: ID!, $status: AssignmentStatus!) { moveAssignment(id: $id, status: $status) { id status } }`;
const assignmentCount = () => count(h, sql`select count(*)::int as n from activity.assignments`);
const readsOf = (id: string) =>
  count(
    h,
    sql`select count(*)::int as n from activity.sensitive_reads where subject = 'assignment' and subject_id = ${id}`,
  );

async function dispatch(payload: string, mentorId = w.user.kari, contactId = w.contact.a1.id): Promise<string> {
  const r = await h.call(DISPATCH, { input: { contactId, mentorId, payload } }, w.as(w.user.coord));
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.dispatchAssignment.id as string;
}

describe("assignments: dispatch", () => {
  it("a coordinator dispatches to a mentor of their local association, about a contact in scope", async () => {
    const r = await h.call(
      DISPATCH,
      { input: { contactId: w.contact.a1.id, mentorId: w.user.kari, payload: "Astrid trenger følge til legen" } },
      w.as(w.user.coord),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.dispatchAssignment).toMatchObject({
      status: "DISPATCHED",
      contactId: w.contact.a1.id,
      mentor: { id: w.user.kari },
      coordinator: { id: w.user.coord },
      localAssociationId: w.la.a1,
    });
    const id = r.data!.dispatchAssignment.id as string;
    const [event] = await rows<{ payload: Record<string, unknown> }>(
      h,
      sql`select payload from activity.outbox where type = 'activity.assignment.dispatched' and aggregate_id = ${id}`,
    );
    expect(event!.payload).toEqual({
      assignmentId: id,
      contactId: w.contact.a1.id,
      mentorId: w.user.kari,
      coordinatorId: w.user.coord,
      localAssociationId: w.la.a1,
    });
  });

  it("refuses mentors of another local association, contacts out of scope, empty payloads and non-coordinators; nothing changes", async () => {
    const before = await assignmentCount();
    const input = { contactId: w.contact.a1.id, mentorId: w.user.kari, payload: "x" };
    const otherLa = await h.call(DISPATCH, { input: { ...input, mentorId: w.user.per } }, w.as(w.user.coord));
    expect(otherLa.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "valid_user_reference",
      field: "mentorId",
    });
    const notMentor = await h.call(DISPATCH, { input: { ...input, mentorId: w.user.admin } }, w.as(w.user.coord));
    expect(notMentor.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "valid_user_reference" });
    const otherContact = await h.call(
      DISPATCH,
      { input: { ...input, contactId: w.contact.a2.id } },
      w.as(w.user.coord),
    );
    expect(otherContact.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "valid_contact_reference",
      field: "contactId",
    });
    const otherOrg = await h.call(DISPATCH, { input: { ...input, contactId: w.contact.b1.id } }, w.as(w.user.coord));
    expect(otherOrg.errors![0]!.extensions).toMatchObject({ rule: "valid_contact_reference" });
    const empty = await h.call(DISPATCH, { input: { ...input, payload: "  " } }, w.as(w.user.coord));
    expect(empty.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "payload",
    });
    const long = await h.call(DISPATCH, { input: { ...input, payload: "x".repeat(10_001) } }, w.as(w.user.coord));
    expect(long.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "payload_length",
      field: "payload",
    });
    const two = await h.call(
      DISPATCH,
      { input: { ...input, payload: " ", contactId: w.contact.a2.id } },
      w.as(w.user.coord),
    );
    expect((two.errors![0]!.extensions!.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "required_fields",
      "valid_contact_reference",
    ]);
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
    expect(byMentor.data!.assignment).toMatchObject({
      payload: "Ring før besøk, dørklokken virker ikke",
      statusLog: [{ status: "DISPATCHED", actor: { id: w.user.coord } }],
    });
    expect(await readsOf(id)).toBe(1);
    await h.call(READ, { id }, w.as(w.user.kari));
    expect(await readsOf(id)).toBe(2);
    const byCoord = await h.call(READ, { id }, w.as(w.user.coord));
    expect(byCoord.data!.assignment.payload).toBe("Ring før besøk, dørklokken virker ikke");
    expect(await readsOf(id)).toBe(3);
    const list = await h.call(`{ assignments { id payload } }`, {}, w.as(w.user.kari));
    expect(list.data!.assignments.map((a: { id: string }) => a.id)).toContain(id);
    expect(await readsOf(id)).toBe(4);
    const audit = await rows<{ actor_id: string }>(
      h,
      sql`select actor_id from activity.sensitive_reads where subject_id = ${id} order by read_at`,
    );
    expect(audit.map((a) => a.actor_id)).toEqual([w.user.kari, w.user.kari, w.user.coord, w.user.kari]);
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.outbox where type = 'activity.audit.recorded' and aggregate_id = ${id}`,
      ),
    ).toBe(4);
    // Status without the payload: no read of the secret, no entry.
    await h.call(`query($id: ID!) { assignment(id: $id) { status } }`, { id }, w.as(w.user.kari));
    expect(await readsOf(id)).toBe(4);
  });

  it("others (another mentor, another coordinator, another organization) get NOT_FOUND, and leave no read", async () => {
    const id = await dispatch("Hemmelig");
    for (const other of [w.user.ola, w.user.per, w.user.nina, w.user.coordB]) {
      expect((await h.call(READ, { id }, w.as(other))).data!.assignment).toBeNull();
      expect(
        (await h.call(`{ assignments { id } }`, {}, w.as(other))).data!.assignments.map((a: { id: string }) => a.id),
      ).not.toContain(id);
      const move = await h.call(MOVE, { id, status: "DELIVERED" }, w.as(other));
      expect(move.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    }
    // Another coordinator of the same local association did not dispatch it: not theirs either.
    const otherCoordinator = {
      userId: randomUUID(),
      organizationId: w.org.a,
      localAssociationId: w.la.a1,
      role: "coordinator" as const,
    };
    expect((await h.call(READ, { id }, otherCoordinator)).data!.assignment).toBeNull();
    expect((await h.call(MOVE, { id, status: "CANCELLED" }, otherCoordinator)).errors![0]!.extensions!.code).toBe(
      "NOT_FOUND",
    );
    expect((await h.call(READ, { id }, w.as(w.user.admin))).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await readsOf(id)).toBe(0);
    expect((await h.call(READ, { id }, w.as(w.user.kari))).data!.assignment.status).toBe("DISPATCHED");
  });

  it("a payload copied to another assignment fails to decrypt: an error, never the plaintext", async () => {
    const source = await dispatch("Kodeord til nøkkelboks: 4711");
    const target = await dispatch("Noe annet");
    await h.db.execute(
      sql`update activity.assignments set payload_enc = (select payload_enc from activity.assignments where id = ${source}) where id = ${target}`,
    );
    const r = await h.call(READ, { id: target }, w.as(w.user.kari));
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]?.extensions?.code).toBe("DATA_INTEGRITY");
    expect(r.data?.assignment?.payload ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain("4711");
    expect(await readsOf(target)).toBe(0);
    expect((await h.call(READ, { id: source }, w.as(w.user.kari))).data!.assignment.payload).toBe(
      "Kodeord til nøkkelboks: 4711",
    );
  });
});

describe("assignments: assignment_status_transition along the append-only log", () => {
  it("the mentor moves it on, the coordinator cancels; refused moves change nothing", async () => {
    const id = await dispatch("Følg opp");
    for (const status of ["DELIVERED", "READ", "ACKNOWLEDGED"]) {
      expect((await h.call(MOVE, { id, status }, w.as(w.user.kari))).data!.moveAssignment.status).toBe(status);
    }
    const back = await h.call(MOVE, { id, status: "DELIVERED" }, w.as(w.user.kari));
    expect(back.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "assignment_status_transition",
      field: "status",
    });
    const byCoord = await h.call(MOVE, { id, status: "COMPLETED" }, w.as(w.user.coord));
    expect(byCoord.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", rule: "assignment_status_transition" });
    const mentorCancels = await h.call(MOVE, { id, status: "CANCELLED" }, w.as(w.user.kari));
    expect(mentorCancels.errors![0]!.extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "assignment_status_transition",
    });
    expect((await h.call(MOVE, { id, status: "COMPLETED" }, w.as(w.user.kari))).data!.moveAssignment.status).toBe(
      "COMPLETED",
    );
    const afterEnd = await h.call(MOVE, { id, status: "CANCELLED" }, w.as(w.user.coord));
    expect(afterEnd.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "assignment_status_transition",
    });

    const log = await h.call(
      `query($id: ID!) { assignment(id: $id) { statusLog { status actor { id } at } } }`,
      { id },
      w.as(w.user.coord),
    );
    expect(log.data!.assignment.statusLog.map((e: { status: string }) => e.status)).toEqual([
      "DISPATCHED",
      "DELIVERED",
      "READ",
      "ACKNOWLEDGED",
      "COMPLETED",
    ]);
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.outbox where type = 'activity.assignment.status_changed' and aggregate_id = ${id}`,
      ),
    ).toBe(4);

    const other = await dispatch("Avlyses");
    expect(
      (await h.call(MOVE, { id: other, status: "CANCELLED" }, w.as(w.user.coord))).data!.moveAssignment.status,
    ).toBe("CANCELLED");
    expect((await h.call(MOVE, { id: other, status: "READ" }, w.as(w.user.kari))).errors![0]!.extensions!.rule).toBe(
      "assignment_status_transition",
    );
  });

  it("the status log is immutable: the database refuses UPDATE and DELETE", async () => {
    const id = await dispatch("Logg");
    const refusal = (q: ReturnType<typeof sql>) =>
      h.db.execute(q).then(
        () => "allowed",
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(
      await refusal(sql`update activity.assignment_status_log set status = 'completed' where assignment_id = ${id}`),
    ).toMatch(/append-only/);
    expect(await refusal(sql`delete from activity.assignment_status_log where assignment_id = ${id}`)).toMatch(
      /append-only/,
    );
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.assignment_status_log where assignment_id = ${id} and status = 'dispatched'`,
      ),
    ).toBe(1);
  });
});

describe("assignment_threshold_counting (seed 002)", () => {
  it("an approved activity with the assignment's mentor and contact carries the assignment to finance", async () => {
    const contact = (
      await h.call(
        `mutation { createContact(input: { firstName: "Tone", lastName: "Vik" }) { id } }`,
        {},
        w.as(w.user.coord),
      )
    ).data!.createContact.id as string;
    const assignmentId = await dispatch("Besøk Tone", w.user.kari, contact);
    const linked = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1), contactId: contact });
    const unlinked = await register(h, w.as(w.user.ola), { activityDate: daysAgo(1), contactId: contact });
    const noContact = await register(h, w.as(w.user.kari), { activityDate: daysAgo(2), activityTypeKey: "phone_call" });
    const approve = `mutation($ids: [ID!]!) { approveActivities(ids: $ids) { id status } }`;
    const r = await h.call(approve, { ids: [linked, unlinked, noContact] }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    const payloadOf = async (activityId: string) =>
      (
        await rows<{ payload: Record<string, unknown> }>(
          h,
          sql`select payload from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${activityId}`,
        )
      )[0]!.payload;
    expect(await payloadOf(linked)).toMatchObject({
      activityId: linked,
      assignmentId,
      userId: w.user.kari,
      contactId: contact,
    });
    expect(await payloadOf(unlinked)).toMatchObject({
      activityId: unlinked,
      assignmentId: null,
      userId: w.user.ola,
      contactId: contact,
    });
    expect(await payloadOf(noContact)).toMatchObject({ assignmentId: null, contactId: null });
  });

  it("only approved activities count: a rejected one carries nothing to finance; a cancelled assignment links nothing", async () => {
    const contact = (
      await h.call(
        `mutation { createContact(input: { firstName: "Siv", lastName: "Ås" }) { id } }`,
        {},
        w.as(w.user.coord),
      )
    ).data!.createContact.id as string;
    const cancelled = await dispatch("Avlyst", w.user.kari, contact);
    await h.call(MOVE, { id: cancelled, status: "CANCELLED" }, w.as(w.user.coord));
    const rejected = await register(h, w.as(w.user.kari), { activityDate: daysAgo(3), contactId: contact });
    await h.call(
      `mutation($id: ID!) { rejectActivity(id: $id, reason: "Feil dato") { id } }`,
      { id: rejected },
      w.as(w.user.coord),
    );
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${rejected}`,
      ),
    ).toBe(0);
    const approved = await register(h, w.as(w.user.kari), { activityDate: daysAgo(4), contactId: contact });
    await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: approved }, w.as(w.user.coord));
    const [event] = await rows<{ payload: Record<string, unknown> }>(
      h,
      sql`select payload from activity.outbox where type = 'activity.activity.approved' and aggregate_id = ${approved}`,
    );
    expect(event!.payload).toMatchObject({ assignmentId: null });
  });
});

describe("secrecy at rest", () => {
  it("a marker put in a payload and in every sensitive contact field is found in no column of any table", async () => {
    const marker = `MARKER-${randomUUID()}`;
    const contact = (
      await h.call(
        `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
        { input: { firstName: "Kåre", lastName: "Bø", address: `Vei ${marker}`, healthInfo: `Helse ${marker}` } },
        w.as(w.user.coord),
      )
    ).data!.createContact.id as string;
    await h.call(
      `mutation($c: ID!) { addContactRelation(contactId: $c, input: { kind: CAREGIVER, name: "Pål", phone: "+47 938 51 726" }) { id } }`,
      { c: contact },
      w.as(w.user.coord),
    );
    await h.call(
      `mutation($c: ID!, $b: String!) { addContactNote(contactId: $c, body: $b) { id } }`,
      { c: contact, b: `Notat ${marker}` },
      w.as(w.user.coord),
    );
    const id = await dispatch(`Oppdrag ${marker}`, w.user.kari, contact);
    // Read everything back (audit rows and events are written) and move the assignment (status log, events).
    const read = await h.call(
      `query($c: ID!, $a: ID!) { contact(id: $c) { address healthInfo relations { phone } notes { body } } assignment(id: $a) { payload } }`,
      { c: contact, a: id },
      w.as(w.user.coord),
    );
    expect(read.data!.contact.address).toBe(`Vei ${marker}`);
    expect(read.data!.assignment.payload).toBe(`Oppdrag ${marker}`);
    await h.call(MOVE, { id, status: "READ" }, w.as(w.user.kari));
    const activity = await register(h, w.as(w.user.kari), { activityDate: daysAgo(1), contactId: contact });
    await h.call(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: activity }, w.as(w.user.coord));
    await h.bus.idle();
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.sensitive_reads where subject_id in (${contact}, ${id})`,
      ),
    ).toBeGreaterThanOrEqual(3);

    const { hits, scanned } = await columnsHolding(h, marker);
    expect(scanned).toBeGreaterThan(50);
    expect(hits).toEqual([]);
    // A phone must be a number (phone_format): the caregiver's is looked for by its digits.
    expect((await columnsHolding(h, "93851726")).hits).toEqual([]);
    // The scan itself finds what is stored in clear (it is not blind).
    expect((await columnsHolding(h, "Kåre")).hits).toContain("activity.contacts.first_name");
  });
});

describe("crypto-shredding: per-contact keys (issue 24 item 1)", () => {
  const FULL = `query($c: ID!, $a: ID!) { contact(id: $c) { firstName address healthInfo relations { name phone } notes { body } } assignment(id: $a) { payload } }`;
  const TABLES = [
    ["contacts", "id", ["address", "health_info"]],
    ["contact_relations", "contact_id", ["phone"]],
    ["contact_notes", "contact_id", ["body"]],
    ["assignments", "contact_id", ["payload"]],
  ] as const;

  async function person(name: string) {
    const c = (
      await h.call(
        `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
        { input: { firstName: name, lastName: "Test", address: `${name}veien 1`, healthInfo: `${name} har diabetes` } },
        w.as(w.user.coord),
      )
    ).data!.createContact.id as string;
    await h.call(
      `mutation($c: ID!) { addContactRelation(contactId: $c, input: { kind: CAREGIVER, name: "Mor", phone: "+47 912 34 567" }) { id } }`,
      { c },
      w.as(w.user.coord),
    );
    await h.call(
      `mutation($c: ID!, $b: String!) { addContactNote(contactId: $c, body: $b) { id } }`,
      { c, b: `Notat om ${name}` },
      w.as(w.user.coord),
    );
    return { c, a: await dispatch(`Oppdrag hos ${name}`, w.user.kari, c) };
  }

  /** Every ciphertext of the organization with its contact and AAD, read as the owner. */
  async function ciphertexts() {
    const out: Array<{ subject: string; ct: string; aad: string }> = [];
    for (const [table, subject, columns] of TABLES) {
      for (const column of columns) {
        const found = await rows<{ id: string; subject: string; ct: string }>(
          h,
          sql.raw(
            `select id::text as id, ${subject}::text as subject, ${column}_enc as ct from activity.${table} where organization_id = '${w.org.a}' and ${column}_enc is not null`,
          ),
        );
        out.push(...found.map((r) => ({ subject: r.subject, ct: r.ct, aad: `activity.${table}:${column}:${r.id}` })));
      }
    }
    return out;
  }

  it("shredding one contact leaves the others readable; its ciphertexts open with no key that still exists; its reads answer null", async () => {
    const anne = await person("Anne");
    const bjorn = await person("Bjørn");
    const shred = () =>
      inScopedTransaction(h.database.app.db, { kind: "platform" }, (tx) =>
        shredSubject(tx, createEnvelope({ masterKey }), w.org.a, anne.c),
      );
    expect(await shred()).toEqual({ destroyed: true, reencrypted: 0 });
    expect(await shred()).toEqual({ destroyed: false, reencrypted: 0 });

    // Through GraphQL: Anne's record answers without a crash and without the data (nothing audited); Bjørn's reads.
    const readsBefore = await count(h, sql`select count(*)::int as n from activity.sensitive_reads`);
    const gone = await h.call(FULL, { c: anne.c, a: anne.a }, w.as(w.user.coord));
    expect(gone.errors).toBeUndefined();
    expect(gone.data).toEqual({
      contact: {
        firstName: "Anne",
        address: null,
        healthInfo: null,
        relations: [{ name: "Mor", phone: null }],
        notes: [{ body: null }],
      },
      assignment: { payload: null },
    });
    expect(await count(h, sql`select count(*)::int as n from activity.sensitive_reads`)).toBe(readsBefore);
    const kept = await h.call(FULL, { c: bjorn.c, a: bjorn.a }, w.as(w.user.coord));
    expect(kept.data!.contact).toMatchObject({
      address: "Bjørnveien 1",
      healthInfo: "Bjørn har diabetes",
      relations: [{ phone: "+4791234567" }],
      notes: [{ body: "Notat om Bjørn" }],
    });
    expect(kept.data!.assignment.payload).toBe("Oppdrag hos Bjørn");
    // An erased contact takes no new sensitive data.
    const note = await h.call(
      `mutation($c: ID!) { addContactNote(contactId: $c, body: "Ny") { id } }`,
      { c: anne.c },
      w.as(w.user.coord),
    );
    expect(note.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: "subject_erased" });

    // Every key that still exists: the organization's data key and every remaining subject key of the organization.
    const keyring = keyringOver(
      createEnvelope({ masterKey }),
      sqlKeyStore({
        table: "activity.organization_data_keys",
        subjectTable: "activity.subject_data_keys",
        query: (s, ...v) => rows(h, sql(s, ...v)),
      }),
    );
    const orgKey = await keyring.dataKey(w.org.a, { create: false });
    const subjects = await rows<{ subject_id: string }>(
      h,
      sql`select subject_id::text from activity.subject_data_keys where organization_id = ${w.org.a} and wrapped_key is not null`,
    );
    const subjectKeys = await Promise.all(
      subjects.map((s) => keyring.subjectKey(w.org.a, s.subject_id, { create: false })),
    );
    expect(subjects.map((s) => s.subject_id)).not.toContain(anne.c);

    const all = await ciphertexts();
    const anneCts = all.filter((x) => x.subject === anne.c);
    expect(anneCts).toHaveLength(5);
    for (const { ct, aad } of anneCts) {
      expect(
        isCryptoError(await keyring.decrypt(w.org.a, ct, aad).catch((e: unknown) => e), "SUBJECT_KEY_DESTROYED"),
      ).toBe(true);
      const body = ct.split(".")[2];
      expect(() => orgKey.decrypt(`menc1.${orgKey.dataKeyId}.${body}`, aad)).toThrow();
      for (const k of subjectKeys) expect(() => k.decrypt(`menc2.${k.subjectKeyId}.${body}`, aad)).toThrow();
    }
    // Every other contact of the organization still decrypts, each under its own key (the value an earlier test
    // copied to another row excepted: it is there twice and fails by design).
    const others = all.filter((x) => x.subject !== anne.c && all.filter((y) => y.ct === x.ct).length === 1);
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const { ct, aad } of others) {
      expect(parseCiphertext(ct).version).toBe(2);
      await expect(keyring.decrypt(w.org.a, ct, aad)).resolves.toBeTypeOf("string");
    }
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
    const create = async (input: Record<string, unknown>) =>
      (await h.call(CREATE, { input }, w.as(w.user.coord))).data!.createContact.id as string;
    const erased = await create({
      firstName: `Gudrun${token}`,
      lastName: `Eriksen${token}`,
      municipality: `Kommune${token}`,
      address: `Slettveien ${token}`,
      healthInfo: `Diagnose ${token}`,
    });
    const kept = await create({
      firstName: "Beate",
      lastName: "Beholdt",
      address: `Beholdtveien ${token.split("").reverse().join("")}`,
    });
    expect(
      (
        await h.call(
          RELATION,
          { c: erased, input: { kind: "CAREGIVER", name: `Omsorg${token}`, phone } },
          w.as(w.user.coord),
        )
      ).errors,
    ).toBeUndefined();
    expect((await h.call(NOTE, { c: erased, body: `Notat om ${token}` }, w.as(w.user.coord))).errors).toBeUndefined();
    const assignmentId = await dispatch(`Oppdrag hos ${token}`, w.user.kari, erased);
    const activityId = await register(h, w.as(w.user.kari), {
      activityTypeKey: "home_visit",
      contactId: erased,
      activityDate: daysAgo(2),
      durationMinutes: 30,
      description: `Besøk hos ${token}`,
      title: `Tittel ${token}`,
    });

    const requestId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType: "contact", subjectId: erased },
        { organizationId: w.org.a, aggregateId: requestId },
      ),
    ]);
    await expect
      .poll(
        async () =>
          (
            await rows<{ payload: unknown }>(
              h,
              sql`select payload from activity.outbox where type = 'privacy.erasure.completed' and aggregate_id = ${requestId}`,
            )
          )[0]?.payload,
      )
      .toEqual({ requestId, subgraph: "activity" });

    expect((await h.call(READ, { id: erased }, w.as(w.user.coord))).data!.contact).toEqual({
      firstName: "Slettet",
      lastName: "kontakt",
      municipality: null,
      address: null,
      healthInfo: null,
      relations: [],
      notes: [],
    });
    expect(
      (await h.call(`query($id: ID!) { assignment(id: $id) { id payload } }`, { id: assignmentId }, w.as(w.user.kari)))
        .data!.assignment,
    ).toEqual({ id: assignmentId, payload: null });
    expect((await h.call(READ, { id: kept }, w.as(w.user.coord))).data!.contact).toMatchObject({
      firstName: "Beate",
      address: `Beholdtveien ${token.split("").reverse().join("")}`,
    });
    // The activity stays (it keeps counting), without its free text.
    expect(
      await rows(
        h,
        sql`select contact_id, duration_minutes, title, description from activity.activities where id = ${activityId}`,
      ),
    ).toEqual([{ contact_id: erased, duration_minutes: 30, title: null, description: null }]);
    for (const marker of [token, phone]) expect((await columnsHolding(h, marker)).hits).toEqual([]);

    // The nightly job proposes contacts past retention, never one already erased.
    const uow = createUnitOfWork(h.db, eventStore);
    expect(await runRetentionJob(uow, new Date(Date.now() + 30 * 365 * 86_400_000))).toBeGreaterThan(0);
    const [proposal] = await rows<{ payload: { contactIds: string[]; retentionYears: number } }>(
      h,
      sql`select payload from activity.outbox where type = 'privacy.retention.expired' and organization_id = ${w.org.a}`,
    );
    expect(proposal!.payload.contactIds).toContain(kept);
    expect(proposal!.payload.contactIds).not.toContain(erased);
  });
});
