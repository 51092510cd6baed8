/**
 * Per-subject keys in identity (issue 24 item 1): a user's phone, bio and availability note are encrypted under their
 * own key at write and decrypted at read; legacy plain values move under the keys in a resumable background job
 * (reads work throughout); erasing a user destroys their key, so their ciphertexts open with no key that still
 * exists, while everyone else's profile stays readable.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnvelope, generateMasterKey, isCryptoError, keyringOver, sqlKeyStore } from "@meander/crypto";
import { queryRows } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import { columnsHolding, makeEvent, startSubgraph, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { identityKeys, USER_KEY_SCOPE } from "../src/application/subject-keys.js";
import { registerUser } from "../src/application/users.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { memberships, probe } from "./arrange.js";

const masterKey = generateMasterKey();
const envelope = createEnvelope({ masterKey });
const org = randomUUID();
const la = randomUUID();
let h: SubgraphHarness;
let events: Awaited<ReturnType<typeof probe>>;
let coordinator: string;

const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(h.db, q);
const as = (userId: string, role: MintOptions["role"] = "peer_mentor"): MintOptions => ({
  userId,
  organizationId: org,
  localAssociationId: la,
  role,
});
const UPDATE = `mutation($i: PeerMentorProfileInput!) { updateMyPeerMentorProfile(input: $i) { bio availabilityNote } }`;
const READ = `query($id: ID!) { user(id: $id) { displayName phone peerMentorProfile { bio availabilityNote languages } } }`;
const read = async (id: string) => (await h.call(READ, { id }, as(coordinator, "coordinator"))).data?.user;

/** A peer mentor of the organization (registered with `phone`), with bio and availability note written through GraphQL. */
async function mentor(name: string, opts: { phone?: string; bio?: string; note?: string } = {}): Promise<string> {
  const user = await registerUser(
    createUnitOfWork(h.db, eventStore),
    {
      email: `${name.toLowerCase()}.${randomUUID().slice(0, 6)}@keys.example.no`,
      firstName: name,
      lastName: "Test",
      phone: opts.phone,
    },
    null,
    envelope,
  );
  await memberships(h, [
    { userId: user.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
  ]);
  if (opts.bio || opts.note) {
    const r = await h.call(
      UPDATE,
      { i: { bio: opts.bio, availabilityNote: opts.note, languages: ["nb"] } },
      as(user.id),
    );
    expect(r.errors).toBeUndefined();
  }
  return user.id;
}

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph({ ...deps, masterKey }));
  events = await probe(h);
  coordinator = (
    await registerUser(
      createUnitOfWork(h.db, eventStore),
      { email: `koord.${randomUUID().slice(0, 6)}@keys.example.no`, firstName: "Kari", lastName: "Koordinator" },
      null,
    )
  ).id;
  await memberships(h, [
    { userId: coordinator, organizationId: org, localAssociationId: la, role: "coordinator", isPrimary: true },
  ]);
});

afterAll(async () => {
  await events?.stop();
  await h?.stop();
});

/** A user's stored ciphertexts with their associated data, as a backup would hold them. */
async function ciphertextsOf(userId: string) {
  const [u] = await rows<{ phone_enc: string | null }>(sql`select phone_enc from identity.users where id = ${userId}`);
  const [p] = await rows<{ bio_enc: string | null; availability_note_enc: string | null }>(
    sql`select bio_enc, availability_note_enc from identity.peer_mentor_profiles where user_id = ${userId}`,
  );
  return [
    { ct: u!.phone_enc!, aad: `identity.users:phone:${userId}` },
    { ct: p!.bio_enc!, aad: `identity.peer_mentor_profiles:bio:${userId}` },
    { ct: p!.availability_note_enc!, aad: `identity.peer_mentor_profiles:availability_note:${userId}` },
  ];
}

describe("identity: a user's sensitive profile fields under their own key (issue 24 item 1)", () => {
  it("stores phone, bio and availability note only as ciphertext under the user's key; readers get them in clear (secrecy at rest)", async () => {
    const marker = randomUUID().slice(0, 8);
    const id = await mentor("Åse", {
      phone: `+47 4${marker.replace(/\D/g, "7").slice(0, 7)}`,
      bio: `Bio ${marker}`,
      note: `Kveld ${marker}`,
    });
    const [u] = await rows<{ phone: string | null; phone_enc: string }>(
      sql`select phone, phone_enc from identity.users where id = ${id}`,
    );
    const [p] = await rows<{
      bio: string | null;
      bio_enc: string;
      availability_note: string | null;
      availability_note_enc: string;
    }>(
      sql`select bio, bio_enc, availability_note, availability_note_enc from identity.peer_mentor_profiles where user_id = ${id}`,
    );
    expect(u).toMatchObject({ phone: null, phone_enc: expect.stringMatching(/^menc2\./) });
    expect(p).toMatchObject({
      bio: null,
      availability_note: null,
      bio_enc: expect.stringMatching(/^menc2\./),
      availability_note_enc: expect.stringMatching(/^menc2\./),
    });
    const [key] = await rows<{ key_id: string }>(
      sql`select key_id from identity.subject_data_keys where organization_id = ${USER_KEY_SCOPE} and subject_id = ${id}`,
    );
    for (const ct of [u!.phone_enc, p!.bio_enc, p!.availability_note_enc]) expect(ct.split(".")[1]).toBe(key!.key_id);
    expect(await read(id)).toMatchObject({
      phone: expect.stringMatching(/^\+47 4/),
      peerMentorProfile: { bio: `Bio ${marker}`, availabilityNote: `Kveld ${marker}` },
    });
    // The mentor's own answer, and no column of the database holds the text in clear.
    expect((await h.call(UPDATE, { i: { bio: `Ny bio ${marker}` } }, as(id))).data?.updateMyPeerMentorProfile).toEqual({
      bio: `Ny bio ${marker}`,
      availabilityNote: `Kveld ${marker}`,
    });
    expect((await columnsHolding(h, marker)).hits).toEqual([]);
  });
});

describe("identity: legacy plain values move under the users' keys (issue 24 item 1)", () => {
  const plainCount = async () =>
    (
      await rows<{ n: number }>(sql`select ((select count(*) from identity.users where phone is not null)
    + (select count(*) from identity.peer_mentor_profiles where bio is not null or availability_note is not null))::int as n`)
    )[0]!.n;

  /** A mentor whose phone, bio and note were written before per-subject keys (plain). */
  async function legacy(name: string): Promise<string> {
    const id = await mentor(name);
    await h.db.execute(sql`update identity.users set phone = ${`+47 900 ${name}`} where id = ${id}`);
    await h.db.execute(
      sql`insert into identity.peer_mentor_profiles (user_id, bio, availability_note) values (${id}, ${`Gammel bio om ${name}`}, ${`Gammel merknad ${name}`})`,
    );
    return id;
  }

  it("a resumable job encrypts them in batches, keeping its position; reads work before, during and after; rerunning changes nothing", async () => {
    const ids = [await legacy("Eva"), await legacy("Finn"), await legacy("Gro")];
    expect(await plainCount()).toBe(6);
    const expected = (name: string) => ({
      phone: `+47 900 ${name}`,
      peerMentorProfile: { bio: `Gammel bio om ${name}`, availabilityNote: `Gammel merknad ${name}`, languages: [] },
    });
    expect(await read(ids[0]!)).toMatchObject(expected("Eva"));
    // The start-up run found nothing; forgetting its position is how an operator reruns it.
    await h.db.execute(sql`delete from identity.subject_key_migration`);
    const app = h.database.app.db;
    expect(await identityKeys.migrateBatch(app, envelope, 2)).toBe(2);
    const [state] = await rows<{ migrated: number; finished_at: Date | null }>(
      sql`select migrated, finished_at from identity.subject_key_migration where target = 'identity.users'`,
    );
    expect(state).toMatchObject({ migrated: 2, finished_at: null });
    expect(await plainCount()).toBe(4); // two of three phones moved, the profiles not yet
    for (const [i, name] of ["Eva", "Finn", "Gro"].entries()) expect(await read(ids[i]!)).toMatchObject(expected(name));
    await identityKeys.migrate(app, envelope, { batchSize: 2 });
    expect(await plainCount()).toBe(0);
    for (const [i, name] of ["Eva", "Finn", "Gro"].entries()) expect(await read(ids[i]!)).toMatchObject(expected(name));
    const stored = () =>
      rows(
        sql`select u.id, u.phone_enc, p.bio_enc, p.availability_note_enc from identity.users u left join identity.peer_mentor_profiles p on p.user_id = u.id order by u.id`,
      );
    const before = await stored();
    await h.db.execute(sql`delete from identity.subject_key_migration`);
    await identityKeys.migrate(app, envelope);
    expect(await stored()).toEqual(before);
  });
});

describe("identity: erasure destroys the user's key (issue 24 items 1, 4)", () => {
  it("leaves the erased user's ciphertexts unreadable with every key that still exists, and another user's profile readable", async () => {
    const anne = await mentor("Anne", {
      phone: "+47 41234567",
      bio: "Anne har epilepsi",
      note: "Anne kan på tirsdager",
    });
    const bjorn = await mentor("Bjørn", { phone: "+47 47654321", bio: "Bjørn har MS", note: "Bjørn kan i helgene" });
    const copies = await ciphertextsOf(anne); // what a backup taken before the erasure holds
    const requestId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType: "user", subjectId: anne },
        { organizationId: org, aggregateId: requestId },
      ),
    ]);
    await events.waitFor((e) => e.type === "privacy.erasure.completed" && e.aggregateId === requestId);

    const [tomb] = await rows<{ wrapped_key: string | null; destroyed: boolean }>(
      sql`select wrapped_key, destroyed_at is not null as destroyed from identity.subject_data_keys where organization_id = ${USER_KEY_SCOPE} and subject_id = ${anne}`,
    );
    expect(tomb).toEqual({ wrapped_key: null, destroyed: true });
    // Every key that still exists: the user key scope's data key and every remaining user key.
    const keyring = keyringOver(
      envelope,
      sqlKeyStore({
        table: "identity.organization_data_keys",
        subjectTable: "identity.subject_data_keys",
        query: (s, ...v) => rows(sql(s, ...v)),
      }),
    );
    const scopeKey = await keyring.dataKey(USER_KEY_SCOPE, { create: false });
    const remaining = await rows<{ subject_id: string }>(
      sql`select subject_id::text from identity.subject_data_keys where organization_id = ${USER_KEY_SCOPE} and wrapped_key is not null`,
    );
    expect(remaining.map((r) => r.subject_id)).toContain(bjorn);
    const keys = await Promise.all(
      remaining.map((r) => keyring.subjectKey(USER_KEY_SCOPE, r.subject_id, { create: false })),
    );
    for (const { ct, aad } of copies) {
      expect(
        isCryptoError(await keyring.decrypt(USER_KEY_SCOPE, ct, aad).catch((e: unknown) => e), "SUBJECT_KEY_DESTROYED"),
      ).toBe(true);
      const body = ct.split(".")[2];
      expect(() => scopeKey.decrypt(`menc1.${scopeKey.dataKeyId}.${body}`, aad)).toThrow();
      for (const k of keys) expect(() => k.decrypt(`menc2.${k.subjectKeyId}.${body}`, aad)).toThrow();
    }
    // Through GraphQL: the erased user is a pseudonym without phone or texts; the other mentor reads as before.
    expect(await read(anne)).toMatchObject({
      displayName: "Slettet person",
      phone: null,
      peerMentorProfile: { bio: null, availabilityNote: null },
    });
    expect(await read(bjorn)).toEqual({
      displayName: "Bjørn Test",
      phone: "+47 47654321",
      peerMentorProfile: { bio: "Bjørn har MS", availabilityNote: "Bjørn kan i helgene", languages: ["nb"] },
    });
    for (const { ct, aad } of await ciphertextsOf(bjorn))
      await expect(keyring.decrypt(USER_KEY_SCOPE, ct, aad)).resolves.toBeTypeOf("string");
    // Nothing of hers is left in clear anywhere in the database.
    for (const marker of ["epilepsi", "tirsdager", "41234567"])
      expect((await columnsHolding(h, marker)).hits).toEqual([]);
  });
});
