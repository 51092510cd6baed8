/**
 * Issue 24 item 2, the backfill: a user from before the profiles topic (inserted without identity.profile.changed)
 * gets their profile published through the outbox, once, in resumable batches; a user registered since is left alone.
 */
import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type UnitOfWork } from "@meander/events";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { backfillProfiles, profileBackfill } from "../src/application/profile-backfill.js";
import { createEnvelope, generateMasterKey, type Envelope } from "@meander/crypto";
import { sealUserField } from "../src/application/subject-keys.js";
import { eventStore, users } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { person, probe } from "./arrange.js";

let h: SubgraphHarness;
let events: Awaited<ReturnType<typeof probe>>;
let uow: UnitOfWork;
const masterKey = generateMasterKey();
const envelope: Envelope = createEnvelope({ masterKey });
const PHONE = "+4791234567";

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph({ ...deps, masterKey }));
  events = await probe(h);
  uow = createUnitOfWork(h.db, eventStore);
});

afterAll(async () => {
  await events?.stop();
  await h?.stop();
});

/**
 * A user as the data from before the profiles topic has them: the row, no profile event, no marker. The phone in the
 * legacy plain column as it was then, or (`sealed`) already moved under the user's key by the subject-key migration.
 */
async function oldUser(firstName: string, sealed = false): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `${firstName.toLowerCase()}.${id.slice(0, 8)}@backfill.example.no`;
  const phoneEnc = sealed
    ? await h.db.transaction((tx) => sealUserField(tx, envelope, id, "users:phone", PHONE))
    : null;
  await h.db
    .insert(users)
    .values({ id, email, firstName, lastName: "Gammel", phoneLegacy: sealed ? null : PHONE, phoneEnc });
  return { id, email };
}

const profileRows = (userId: string) =>
  h.db
    .select()
    .from(eventStore.outbox)
    .where(and(eq(eventStore.outbox.type, "identity.profile.changed"), eq(eventStore.outbox.aggregateId, userId)));
const marker = async (userId: string) =>
  (await h.db.select({ at: users.profilePublishedAt }).from(users).where(eq(users.id, userId)))[0]!.at;

describe("identity: profile backfill (issue 24 item 2)", () => {
  it("publishes the profile of a user who never had one, once; a registered user gets none more", async () => {
    const registered = await person(h, `registered.${randomUUID().slice(0, 8)}@backfill.example.no`);
    expect(await marker(registered.id)).not.toBeNull();
    const old = await oldUser("Astrid");
    expect(await profileRows(old.id)).toHaveLength(0);

    expect(await backfillProfiles(uow, envelope)).toBeGreaterThanOrEqual(1);
    const event = await events.waitFor((e) => e.type === "identity.profile.changed" && e.aggregateId === old.id);
    expect(event.payload).toEqual({
      userId: old.id,
      profile: { email: old.email, displayName: "Astrid Gammel", phone: PHONE },
    });
    expect(await marker(old.id)).not.toBeNull();

    // Done: a second run (the next start) publishes nothing, and nobody got a second profile.
    expect(await backfillProfiles(uow, envelope)).toBe(0);
    expect(await profileRows(old.id)).toHaveLength(1);
    expect(await profileRows(registered.id)).toHaveLength(1);
  });

  it("resumes where a stopped run left off (the marker is set with each batch)", async () => {
    const a = await oldUser("Bjarne");
    const b = await oldUser("Cecilie", true);
    let batches = 0;
    // One user per batch, stopped after the first: one published, one left for the next run.
    expect(await backfillProfiles(uow, envelope, { batch: 1, shouldStop: () => batches++ >= 1 })).toBe(1);
    const done = await Promise.all([a, b].map(async (u) => (await marker(u.id)) !== null));
    expect(done.filter(Boolean)).toHaveLength(1);
    expect(await backfillProfiles(uow, envelope, { batch: 1 })).toBe(1);
    for (const u of [a, b]) {
      const rows = await profileRows(u.id);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row?.payload).toMatchObject({ profile: { email: u.email, phone: PHONE } }); // the sealed phone in clear on the profiles topic
      expect(await marker(u.id)).not.toBeNull();
    }
  });

  it("only marks a user whose profile is already in the kept outbox (published before the marker existed)", async () => {
    const old = await oldUser("Dag");
    await uow.run(scopes.platform(), (_tx, ev) =>
      ev.emit({
        type: "identity.profile.changed",
        aggregateId: old.id,
        organizationId: null,
        actorId: null,
        payload: { userId: old.id, profile: null },
      }),
    );
    expect(await backfillProfiles(uow, envelope)).toBe(0);
    expect(await marker(old.id)).not.toBeNull();
    expect(await profileRows(old.id)).toHaveLength(1);
  });

  it("runs as a start-up worker: started, it publishes; stopped, it waits for its batch", async () => {
    const old = await oldUser("Eva");
    const job = profileBackfill(uow, envelope, (err) => {
      throw err;
    });
    job.start();
    await job.stop();
    await events.waitFor((e) => e.type === "identity.profile.changed" && e.aggregateId === old.id);
    expect(await marker(old.id)).not.toBeNull();
  });
});
