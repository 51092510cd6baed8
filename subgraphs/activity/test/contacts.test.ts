/** Contacts management (issue #6 item 9): scope, caregivers and next of kin, notes, encrypted fields and their audit. */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnvelope, generateMasterKey, keyringOver, sqlKeyStore } from "@meander/crypto";
import { inScopedTransaction } from "@meander/db";
import { enterOrganization } from "@meander/privacy/access-export";
import { activityExportPart } from "../src/application/privacy/access-export-part.js";
import { migrateSubjectKeys, migrateSubjectKeysBatch, shredSubject } from "../src/application/subject-keys.js";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { arrangeWorld, type World } from "./world.js";
import { count, rows } from "./sensitive-helpers.js";

let h: SubgraphHarness;
let w: World;
const masterKey = generateMasterKey();

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { masterKey }));
  w = await arrangeWorld(h);
});
afterAll(() => h?.stop());

const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { id organizationId localAssociationId firstName lastName municipality } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id firstName lastName municipality } }`;
const SENSITIVE = `query($id: ID!) { contact(id: $id) { id firstName address healthInfo } }`;
const RELATION = `mutation($c: ID!, $input: ContactRelationInput!) { addContactRelation(contactId: $c, input: $input) { id kind name relation phone } }`;
const NOTE = `mutation($c: ID!, $body: String!) { addContactNote(contactId: $c, body: $body) { id author { id } body } }`;
const contactCount = () => count(h, sql`select count(*)::int as n from activity.contacts`);
const readsOf = (id: string) =>
  count(h, sql`select count(*)::int as n from activity.sensitive_reads where subject_id = ${id}`);

async function create(as: ReturnType<World["as"]>, input: Record<string, unknown>): Promise<string> {
  const r = await h.call(CREATE, { input: { firstName: "Ingrid", lastName: "Lie", ...input } }, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createContact.id as string;
}

describe("contacts: organization_scope_isolation", () => {
  it("creates in the caller's local association; administrators choose one of the organization's", async () => {
    const byMentor = await h.call(
      CREATE,
      { input: { firstName: " Ingrid ", lastName: "Lie", municipality: "Bergen" } },
      w.as(w.user.kari),
    );
    expect(byMentor.errors).toBeUndefined();
    expect(byMentor.data!.createContact).toMatchObject({
      organizationId: w.org.a,
      localAssociationId: w.la.a1,
      firstName: "Ingrid",
      municipality: "Bergen",
    });
    const byAdmin = await h.call(
      CREATE,
      { input: { firstName: "Jon", lastName: "Moe", localAssociationId: w.la.a2 } },
      w.as(w.user.admin),
    );
    expect(byAdmin.data!.createContact).toMatchObject({ organizationId: w.org.a, localAssociationId: w.la.a2 });
    const before = await contactCount();
    const elsewhere = await h.call(
      CREATE,
      { input: { firstName: "Jon", lastName: "Moe", localAssociationId: w.la.a2 } },
      w.as(w.user.coord),
    );
    expect(elsewhere.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", rule: "organization_scope_isolation" });
    const noLa = await h.call(CREATE, { input: { firstName: "Jon", lastName: "Moe" } }, w.as(w.user.admin));
    expect(noLa.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "localAssociationId",
    });
    expect(await contactCount()).toBe(before);
  });

  it("lists and updates only within scope; others get NOT_FOUND", async () => {
    const id = await create(w.as(w.user.coord), { lastName: "Aasen" });
    const list = async (as: ReturnType<World["as"]>) =>
      (await h.call(`{ contacts(first: 50) { edges { node { id } } } }`, {}, as)).data!.contacts.edges.map(
        (e: any) => e.node.id,
      );
    expect(await list(w.as(w.user.kari))).toContain(id);
    expect(await list(w.as(w.user.admin))).toContain(id);
    expect(await list(w.as(w.user.per))).not.toContain(id);
    expect(await list(w.as(w.user.nina))).not.toContain(id);

    const updated = await h.call(UPDATE, { id, input: { lastName: "Aas", municipality: "Voss" } }, w.as(w.user.kari));
    expect(updated.data!.updateContact).toMatchObject({ firstName: "Ingrid", lastName: "Aas", municipality: "Voss" });
    for (const other of [w.user.per, w.user.nina, w.user.coordB]) {
      const r = await h.call(UPDATE, { id, input: { lastName: "Hijack" } }, w.as(other));
      expect(r.errors![0]!.extensions!.code).toBe("NOT_FOUND");
      expect((await h.call(SENSITIVE, { id }, w.as(other))).data!.contact).toBeNull();
    }
    const [row] = await rows<{ last_name: string }>(h, sql`select last_name from activity.contacts where id = ${id}`);
    expect(row!.last_name).toBe("Aas");
  });

  it("required_fields and name_length refuse bad names, and nothing changes", async () => {
    const id = await create(w.as(w.user.kari), {});
    const before = await contactCount();
    const blank = await h.call(CREATE, { input: { firstName: "  ", lastName: "Lie" } }, w.as(w.user.kari));
    expect(blank.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "firstName",
    });
    const long = await h.call(CREATE, { input: { firstName: "x".repeat(101), lastName: "Lie" } }, w.as(w.user.kari));
    expect(long.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "name_length",
      field: "firstName",
    });
    const tooMuch = await h.call(
      CREATE,
      { input: { firstName: "A", lastName: "B", healthInfo: "x".repeat(5001) } },
      w.as(w.user.kari),
    );
    expect(tooMuch.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "text_length",
      field: "healthInfo",
    });
    const clearName = await h.call(UPDATE, { id, input: { lastName: null } }, w.as(w.user.kari));
    expect(clearName.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "lastName",
    });
    const blankName = await h.call(UPDATE, { id, input: { lastName: " ", address: "Ny vei 1" } }, w.as(w.user.kari));
    expect(blankName.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "lastName",
    });
    // Every fault at once (createContact, updateContact): both are listed in extensions.violations.
    const rules = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
      (r.errors![0]!.extensions!.violations as Array<{ field: string; rule: string }>).map(
        (v) => `${v.field}:${v.rule}`,
      );
    const twoOnCreate = await h.call(
      CREATE,
      { input: { firstName: " ", lastName: "B", healthInfo: "x".repeat(5001) } },
      w.as(w.user.kari),
    );
    expect(rules(twoOnCreate)).toEqual(["firstName:required_fields", "healthInfo:text_length"]);
    const twoOnUpdate = await h.call(
      UPDATE,
      { id, input: { lastName: null, address: "x".repeat(5001) } },
      w.as(w.user.kari),
    );
    expect(rules(twoOnUpdate)).toEqual(["lastName:required_fields", "address:text_length"]);
    const twoOnRelation = await h.call(
      RELATION,
      { c: id, input: { kind: "CAREGIVER", name: " ", phone: "abc" } },
      w.as(w.user.kari),
    );
    expect(rules(twoOnRelation)).toEqual(["name:required_fields", "phone:phone_format"]);
    expect(await contactCount()).toBe(before);
    const [row] = await rows<{ last_name: string; address_enc: string | null }>(
      h,
      sql`select last_name, address_enc from activity.contacts where id = ${id}`,
    );
    expect(row).toEqual({ last_name: "Lie", address_enc: null });
  });
});

describe("contacts: sensitive fields encrypted at rest, every read audited", () => {
  it("stores ciphertext, answers the plaintext in scope and records each read", async () => {
    const id = await create(w.as(w.user.kari), {
      address: "Strandgaten 5, 5013 Bergen",
      healthInfo: "Bruker rullestol",
    });
    const [stored] = await rows<{ address_enc: string; health_info_enc: string }>(
      h,
      sql`select address_enc, health_info_enc from activity.contacts where id = ${id}`,
    );
    expect(stored!.address_enc).toMatch(/^menc2\./); // under the contact's own key (issue 24 item 1)
    expect(stored!.address_enc).not.toContain("Strandgaten");
    expect(stored!.health_info_enc).not.toContain("rullestol");
    expect(await readsOf(id)).toBe(0);

    const r = await h.call(SENSITIVE, { id }, w.as(w.user.coord));
    expect(r.data!.contact).toMatchObject({ address: "Strandgaten 5, 5013 Bergen", healthInfo: "Bruker rullestol" });
    expect(await readsOf(id)).toBe(2);
    await h.call(`query($id: ID!) { contact(id: $id) { address } }`, { id }, w.as(w.user.admin));
    expect(await readsOf(id)).toBe(3);
    const audit = await rows<{ actor_id: string; field: string; subject: string }>(
      h,
      sql`select actor_id, field, subject from activity.sensitive_reads where subject_id = ${id} order by read_at`,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { actor_id: w.user.coord, field: "healthInfo", subject: "contact" },
        { actor_id: w.user.admin, field: "address", subject: "contact" },
      ]),
    );
    // The creation and each read are also published (outbox, same transaction) for reporting's audit log.
    const published = await rows<{ action: string; actorId: string }>(
      h,
      sql`select payload->>'action' as action, payload->>'actorId' as "actorId" from activity.outbox where type = 'activity.audit.recorded' and aggregate_id = ${id} order by position`,
    );
    expect(published).toHaveLength(4);
    expect(published[0]).toEqual({ action: "contact.created", actorId: w.user.kari });
    // Reading a contact without its sensitive fields leaves no entry.
    await h.call(`query($id: ID!) { contact(id: $id) { firstName } }`, { id }, w.as(w.user.coord));
    expect(await readsOf(id)).toBe(3);
  });

  it("a list asks for many sensitive fields at once: each read is still audited once", async () => {
    for (const n of [1, 2, 3]) await create(w.as(w.user.kari), { lastName: `Liste${n}`, address: `Listevei ${n}` });
    const withAddress = await count(
      h,
      sql`select count(*)::int as n from activity.contacts where local_association_id = ${w.la.a1} and address_enc is not null`,
    );
    const before = await count(
      h,
      sql`select count(*)::int as n from activity.sensitive_reads where actor_id = ${w.user.coord}`,
    );
    const r = await h.call(`{ contacts(first: 100) { edges { node { lastName address } } } }`, {}, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    const listed = r.data!.contacts.edges.map((e: { node: { lastName: string; address: string | null } }) => e.node);
    expect(listed).toEqual(
      expect.arrayContaining([
        { lastName: "Liste1", address: "Listevei 1" },
        { lastName: "Liste3", address: "Listevei 3" },
      ]),
    );
    expect(listed.filter((c: { address: string | null }) => c.address !== null)).toHaveLength(withAddress);
    expect(
      await count(h, sql`select count(*)::int as n from activity.sensitive_reads where actor_id = ${w.user.coord}`),
    ).toBe(before + withAddress);
  });

  it("updates re-encrypt; an empty value clears the field", async () => {
    const id = await create(w.as(w.user.kari), { address: "Gamle vei 1", healthInfo: "Diabetes" });
    const r = await h.call(UPDATE, { id, input: { address: "Nye vei 2", healthInfo: "" } }, w.as(w.user.coord));
    expect(r.errors).toBeUndefined();
    const read = await h.call(SENSITIVE, { id }, w.as(w.user.kari));
    expect(read.data!.contact).toMatchObject({ address: "Nye vei 2", healthInfo: null });
  });

  it("a ciphertext copied to another row fails to decrypt: an error, never the plaintext", async () => {
    const source = await create(w.as(w.user.kari), { healthInfo: "Epilepsi, anfall ved stress" });
    const target = await create(w.as(w.user.kari), { healthInfo: "Ingen" });
    await h.db.execute(
      sql`update activity.contacts set health_info_enc = (select health_info_enc from activity.contacts where id = ${source}) where id = ${target}`,
    );
    const r = await h.call(`query($id: ID!) { contact(id: $id) { id healthInfo } }`, { id: target }, w.as(w.user.kari));
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.path).toEqual(["contact", "healthInfo"]);
    expect(r.data!.contact).toEqual({ id: target, healthInfo: null });
    expect(JSON.stringify(r)).not.toContain("Epilepsi");
    // The source row still reads.
    expect((await h.call(SENSITIVE, { id: source }, w.as(w.user.kari))).data!.contact.healthInfo).toBe(
      "Epilepsi, anfall ved stress",
    );
  });
});

describe("contacts: caregivers, next of kin and notes", () => {
  it("refuses a phone that is not a number (phone_format) and stores a valid one in E.164", async () => {
    const id = await create(w.as(w.user.kari), {});
    const bad = await h.call(
      RELATION,
      { c: id, input: { kind: "CAREGIVER", name: "Liv Lie", phone: "abc" } },
      w.as(w.user.kari),
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "phone_format", field: "phone" });
    const good = await h.call(
      RELATION,
      { c: id, input: { kind: "NEXT_OF_KIN", name: "Ola Lie", phone: "0046 70 123 45 67" } },
      w.as(w.user.kari),
    );
    expect(good.data!.addContactRelation).toMatchObject({ phone: "+46701234567" });
  });

  it("adds caregivers and next of kin with an encrypted phone, in scope only", async () => {
    const id = await create(w.as(w.user.kari), {});
    const care = await h.call(
      RELATION,
      { c: id, input: { kind: "CAREGIVER", name: "Liv Lie", relation: "mor", phone: "+47 912 34 567" } },
      w.as(w.user.coord),
    );
    expect(care.data!.addContactRelation).toMatchObject({
      kind: "CAREGIVER",
      name: "Liv Lie",
      relation: "mor",
      phone: "+4791234567",
    });
    await h.call(RELATION, { c: id, input: { kind: "NEXT_OF_KIN", name: "Ola Lie" } }, w.as(w.user.kari));
    const [stored] = await rows<{ phone_enc: string }>(
      h,
      sql`select phone_enc from activity.contact_relations where contact_id = ${id} and kind = 'caregiver'`,
    );
    expect(stored!.phone_enc).not.toContain("912");

    const list = await h.call(
      `query($id: ID!) { contact(id: $id) { relations { kind name phone } } contactRelations(contactId: $id) { name } }`,
      { id },
      w.as(w.user.kari),
    );
    expect(list.data!.contact.relations).toEqual([
      { kind: "CAREGIVER", name: "Liv Lie", phone: "+4791234567" },
      { kind: "NEXT_OF_KIN", name: "Ola Lie", phone: null },
    ]);
    expect(list.data!.contactRelations.map((r: { name: string }) => r.name)).toEqual(["Liv Lie", "Ola Lie"]);
    const careId = care.data!.addContactRelation.id as string;
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.sensitive_reads where subject_id = ${careId} and field = 'phone'`,
      ),
    ).toBe(2);

    const before = await count(h, sql`select count(*)::int as n from activity.contact_relations`);
    for (const other of [w.user.per, w.user.coordB]) {
      const r = await h.call(RELATION, { c: id, input: { kind: "CAREGIVER", name: "X" } }, w.as(other));
      expect(r.errors![0]!.extensions!.code).toBe("NOT_FOUND");
      const q = await h.call(`query($id: ID!) { contactRelations(contactId: $id) { name } }`, { id }, w.as(other));
      expect(q.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    }
    const blank = await h.call(RELATION, { c: id, input: { kind: "CAREGIVER", name: " " } }, w.as(w.user.kari));
    expect(blank.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "name",
    });
    expect(await count(h, sql`select count(*)::int as n from activity.contact_relations`)).toBe(before);
  });

  it("notes by mentors and coordinators, encrypted and audited; administrators do not write notes", async () => {
    const id = await create(w.as(w.user.kari), {});
    const note = await h.call(NOTE, { c: id, body: "Ønsker besøk på tirsdager" }, w.as(w.user.kari));
    expect(note.data!.addContactNote).toMatchObject({ author: { id: w.user.kari }, body: "Ønsker besøk på tirsdager" });
    await h.call(NOTE, { c: id, body: "Ringt pårørende" }, w.as(w.user.coord));
    const [stored] = await rows<{ body_enc: string }>(
      h,
      sql`select body_enc from activity.contact_notes where id = ${note.data!.addContactNote.id}`,
    );
    expect(stored!.body_enc).not.toContain("tirsdager");
    const notesQuery = `query($id: ID!) { contact(id: $id) { notes { body author { id } } } }`;
    const read = await h.call(notesQuery, { id }, w.as(w.user.kari));
    expect(read.data!.contact.notes).toEqual([
      { body: "Ønsker besøk på tirsdager", author: { id: w.user.kari } },
      { body: "Ringt pårørende", author: { id: w.user.coord } },
    ]);
    // kari read her own note back once when she wrote it, then both.
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.sensitive_reads where subject = 'contact_note' and actor_id = ${w.user.kari}`,
      ),
    ).toBe(3);
    // Least privilege: another mentor of the local association, who does not work with the contact, reads no note.
    expect((await h.call(notesQuery, { id }, w.as(w.user.ola))).data!.contact.notes).toEqual([]);
    expect(
      await count(
        h,
        sql`select count(*)::int as n from activity.sensitive_reads where subject = 'contact_note' and actor_id = ${w.user.ola}`,
      ),
    ).toBe(0);

    const before = await count(h, sql`select count(*)::int as n from activity.contact_notes`);
    const byAdmin = await h.call(NOTE, { c: id, body: "x" }, w.as(w.user.admin));
    expect(byAdmin.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const outOfScope = await h.call(NOTE, { c: id, body: "x" }, w.as(w.user.per));
    expect(outOfScope.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const empty = await h.call(NOTE, { c: id, body: "   " }, w.as(w.user.kari));
    expect(empty.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "required_fields",
      field: "body",
    });
    expect(await count(h, sql`select count(*)::int as n from activity.contact_notes`)).toBe(before);
  });
});

describe("activity: contacts past retention (issue 24 item 5)", () => {
  const PAST = `query { contactsPastRetention { contact { id firstName } lastActivityAt retentionYears } }`;

  it("proposes contacts inactive past the organization's retention to administrators, audited; refuses others", async () => {
    const old = randomUUID();
    const noted = randomUUID();
    const longAgo = new Date(Date.now() - 7 * 365 * 24 * 3600_000);
    for (const [id, firstName] of [
      [old, "Gammel"],
      [noted, "Notert"],
    ] as const) {
      await h.db
        .execute(sql`insert into activity.contacts (id, organization_id, local_association_id, first_name, last_name, created_at)
        values (${id}, ${w.org.a}, ${w.la.a1}, ${firstName}, 'Kontakt', ${longAgo.toISOString()})`);
    }
    // A recent note keeps a contact active.
    await h.db.execute(sql`insert into activity.contact_notes (id, contact_id, organization_id, author_id, body_enc)
      values (${randomUUID()}, ${noted}, ${w.org.a}, ${w.user.admin}, 'ciphertext')`);

    const r = await h.call(PAST, {}, w.as(w.user.admin));
    expect(r.errors).toBeUndefined();
    const proposals = r.data?.contactsPastRetention as Array<{
      contact: { id: string; firstName: string };
      lastActivityAt: string;
      retentionYears: number;
    }>;
    expect(proposals.map((p) => p.contact.id)).toEqual([old]);
    expect(proposals[0]).toMatchObject({
      contact: { firstName: "Gammel" },
      retentionYears: 5,
      lastActivityAt: longAgo.toISOString(),
    });
    expect(await readsOf(old)).toBe(1);
    expect((await h.call(PAST, {}, w.as(w.user.kari))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("activity: version 1 ciphertexts move to per-contact keys (issue 24 item 1)", () => {
  const envelope = createEnvelope({ masterKey });
  const orgKeyring = () =>
    keyringOver(
      envelope,
      sqlKeyStore({
        table: "activity.organization_data_keys",
        subjectTable: "activity.subject_data_keys",
        query: (s, ...v) => rows(h, sql(s, ...v)),
      }),
    );
  const v1Count = () =>
    count(
      h,
      sql`select (select count(*) from activity.contacts where address_enc like 'menc1.%' or health_info_enc like 'menc1.%')
    + (select count(*) from activity.contact_notes where body_enc like 'menc1.%') as n`,
    );

  /** A contact whose address, health information and note were written before per-subject keys (organization key). */
  async function legacy(name: string): Promise<string> {
    const id = await create(w.as(w.user.kari), { firstName: name });
    const note = (await h.call(NOTE, { c: id, body: "ny" }, w.as(w.user.kari))).data!.addContactNote.id as string;
    const k = orgKeyring();
    const [address, health, body] = [
      await k.encrypt(w.org.a, `${name}gata 1`, `activity.contacts:address:${id}`),
      await k.encrypt(w.org.a, `${name} bruker rullator`, `activity.contacts:health_info:${id}`),
      await k.encrypt(w.org.a, `Gammelt notat om ${name}`, `activity.contact_notes:body:${note}`),
    ];
    await h.db.execute(
      sql`update activity.contacts set address_enc = ${address}, health_info_enc = ${health} where id = ${id}`,
    );
    await h.db.execute(sql`update activity.contact_notes set body_enc = ${body} where id = ${note}`);
    return id;
  }
  const read = async (id: string) =>
    (
      await h.call(
        `query($id: ID!) { contact(id: $id) { address healthInfo notes { body } } }`,
        { id },
        w.as(w.user.kari),
      )
    ).data!.contact;

  it("a resumable job re-encrypts them in batches, keeping its position; reads work before, during and after; rerunning changes nothing", async () => {
    const ids = [await legacy("Eva"), await legacy("Finn"), await legacy("Gro")];
    expect(await v1Count()).toBe(6);
    expect(await read(ids[0]!)).toEqual({
      address: "Evagata 1",
      healthInfo: "Eva bruker rullator",
      notes: [{ body: "Gammelt notat om Eva" }],
    });
    // The start-up run found nothing; forgetting its position is how an operator reruns it.
    await h.db.execute(sql`delete from activity.subject_key_migration`);
    const app = h.database.app.db;
    expect(await migrateSubjectKeysBatch(app, envelope, 2)).toBe(2);
    const [state] = await rows<{ last_id: string; migrated: number; finished_at: Date | null }>(
      h,
      sql`select last_id::text, migrated, finished_at from activity.subject_key_migration where target = 'activity.contacts'`,
    );
    expect(state).toMatchObject({ migrated: 2, finished_at: null });
    expect(await v1Count()).toBe(4); // two of three contacts moved, the notes not yet
    for (const id of ids) expect((await read(id)).address).toMatch(/gata 1$/);
    await migrateSubjectKeys(app, envelope, { batchSize: 2 });
    expect(await v1Count()).toBe(0);
    expect(await read(ids[2]!)).toEqual({
      address: "Grogata 1",
      healthInfo: "Gro bruker rullator",
      notes: [{ body: "Gammelt notat om Gro" }],
    });
    const before = await rows(h, sql`select address_enc, health_info_enc from activity.contacts order by id`);
    await h.db.execute(sql`delete from activity.subject_key_migration`);
    await migrateSubjectKeys(app, envelope);
    expect(await rows(h, sql`select address_enc, health_info_enc from activity.contacts order by id`)).toEqual(before);
  });

  it("shredding a contact the job has not reached yet moves its version 1 values under its key first, then destroys it", async () => {
    const id = await legacy("Hege");
    const shred = await inScopedTransaction(h.database.app.db, { kind: "platform" }, (tx) =>
      shredSubject(tx, envelope, w.org.a, id),
    );
    expect(shred).toEqual({ destroyed: true, reencrypted: 2 });
    expect(await v1Count()).toBe(0);
    const r = await h.call(
      `query($id: ID!) { contact(id: $id) { address healthInfo notes { body } } }`,
      { id },
      w.as(w.user.kari),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.contact).toEqual({ address: null, healthInfo: null, notes: [{ body: null }] });
  });
});

describe("activity: its part of a subject access export (issue 24 item 3)", () => {
  const build = (subject: { contactId: string | null; userId: string | null }) =>
    h.db.transaction(async (tx) => {
      await enterOrganization(tx, w.org.a);
      return activityExportPart(createEnvelope({ masterKey }))(tx, {
        requestId: randomUUID(),
        organizationId: w.org.a,
        subject,
      });
    });

  it("holds a contact's data in clear (contact, caregivers, notes, reads), and a mentor's without the contact's sensitive text", async () => {
    const id = await create(w.as(w.user.kari), {
      firstName: "Eli",
      lastName: "Berg",
      address: "Storgata 1, Bergen",
      healthInfo: "Astma",
    });
    await h.call(
      RELATION,
      { c: id, input: { kind: "CAREGIVER", name: "Liv Berg", relation: "mor", phone: "+47 912 34 567" } },
      w.as(w.user.coord),
    );
    await h.call(NOTE, { c: id, body: "Liker turer i skogen" }, w.as(w.user.kari));
    await h.call(SENSITIVE, { id }, w.as(w.user.kari));

    const part = await build({ contactId: id, userId: null });
    expect(part.labels).toMatchObject({ [id]: "Eli Berg" });
    expect(part.categories.contact).toEqual([
      expect.objectContaining({ id, firstName: "Eli", address: "Storgata 1, Bergen", healthInfo: "Astma" }),
    ]);
    expect(part.categories.caregivers).toEqual([
      expect.objectContaining({ kind: "caregiver", name: "Liv Berg", phone: "+4791234567" }),
    ]);
    expect(part.categories.notes).toEqual([
      expect.objectContaining({ body: "Liker turer i skogen", authorId: w.user.kari }),
    ]);
    expect(part.categories.sensitiveReads!.length).toBeGreaterThan(0);
    for (const key of ["assignments", "assignmentStatusLog", "activities", "documents"])
      expect(part.categories).toHaveProperty(key);
    expect(JSON.stringify(part)).not.toMatch(/menc[12]\./); // no ciphertext: everything decrypted

    const mine = await build({ contactId: null, userId: w.user.kari });
    expect(mine.categories.notes!.some((n) => n.contactId === id)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain("Liker turer");
    expect(mine.categories.contact).toEqual([]);
  });
});
