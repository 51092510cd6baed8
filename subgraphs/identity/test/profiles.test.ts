import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMasterKey } from "@meander/crypto";
import { startSubgraph, type MintOptions, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { memberships, person, probe, type Person } from "./arrange.js";

let h: SubgraphHarness;
let events: Awaited<ReturnType<typeof probe>>;
const orgA = randomUUID();
const orgB = randomUUID();
const la1 = randomUUID();
const la2 = randomUUID();
const laB = randomUUID();
let kari: Person, ola: Person, coord: Person, admin: Person, otherAdmin: Person, global: Person;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph({ ...deps, masterKey: generateMasterKey() }));
  events = await probe(h);
  [kari, ola, coord, admin, otherAdmin, global] = (await Promise.all(
    ["kari", "ola", "coord", "admin", "other-admin", "global"].map((n) => person(h, `${n}@profiles.example.no`, null)),
  )) as [Person, Person, Person, Person, Person, Person];
  await memberships(h, [
    { userId: kari.id, organizationId: orgA, localAssociationId: la1, role: "peer_mentor", isPrimary: true },
    { userId: ola.id, organizationId: orgA, localAssociationId: la2, role: "peer_mentor", isPrimary: true },
    { userId: coord.id, organizationId: orgA, localAssociationId: la1, role: "coordinator", isPrimary: true },
    { userId: admin.id, organizationId: orgA, localAssociationId: la1, role: "org_admin", isPrimary: true },
    { userId: otherAdmin.id, organizationId: orgB, localAssociationId: laB, role: "org_admin", isPrimary: true },
    { userId: global.id, organizationId: orgB, localAssociationId: laB, role: "global_admin", isPrimary: true },
  ]);
});

afterAll(async () => {
  await events?.stop();
  await h?.stop();
});

const as = {
  kari: () => ({ userId: kari.id, organizationId: orgA, localAssociationId: la1, role: "peer_mentor" as const }),
  ola: () => ({ userId: ola.id, organizationId: orgA, localAssociationId: la2, role: "peer_mentor" as const }),
  coord: () => ({ userId: coord.id, organizationId: orgA, localAssociationId: la1, role: "coordinator" as const }),
  admin: () => ({ userId: admin.id, organizationId: orgA, localAssociationId: la1, role: "org_admin" as const }),
  otherAdmin: () => ({
    userId: otherAdmin.id,
    organizationId: orgB,
    localAssociationId: laB,
    role: "org_admin" as const,
  }),
  global: () => ({ userId: global.id, organizationId: null, localAssociationId: null, role: "global_admin" as const }),
};

const UPDATE = `mutation($i: PeerMentorProfileInput!) { updateMyPeerMentorProfile(input: $i) { userId status bio languages experienceAreas mentoringSince maxActiveContacts available availabilityNote availabilitySlots { day start end } } }`;
const CHANGE = `mutation($u: ID!, $to: PeerMentorStatus!, $r: String) { changePeerMentorStatus(userId: $u, to: $to, reason: $r) { id userId from to reason actorId changedAt } }`;
const PROFILE = `query($id: ID!) { user(id: $id) { id peerMentorProfile { userId status bio maxActiveContacts } peerMentorStatusLog { from to reason actorId actor { displayName } } } }`;
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

describe("identity: peer mentor profile", () => {
  it("lets a mentor write their profile and keeps absent fields on a partial update", async () => {
    const input = {
      bio: " Jeg har levd med MS i 20 år. ",
      languages: ["nb", "en"],
      experienceAreas: ["MS", "Pårørende"],
      mentoringSince: "2019-03-01",
      maxActiveContacts: 5,
      available: true,
      availabilityNote: "Helst kveld",
      availabilitySlots: [{ day: "MON", start: "17:00", end: "20:00" }],
    };
    const r = await h.call(UPDATE, { i: input }, as.kari());
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateMyPeerMentorProfile).toEqual({
      ...input,
      userId: kari.id,
      status: "ACTIVE",
      bio: "Jeg har levd med MS i 20 år.",
    });
    const again = await h.call(UPDATE, { i: { maxActiveContacts: 3, languages: null } }, as.kari());
    expect(again.data?.updateMyPeerMentorProfile).toMatchObject({
      maxActiveContacts: 3,
      bio: "Jeg har levd med MS i 20 år.",
      languages: ["nb", "en"],
    });
  });

  it.each([
    [{ bio: "x".repeat(2001) }, "bio_length", "bio"],
    [{ languages: ["Norsk"] }, "languages_format", "languages"],
    [{ experienceAreas: [""] }, "experience_areas", "experienceAreas"],
    [{ mentoringSince: "2999-01-01" }, "mentoring_since_range", "mentoringSince"],
    [{ maxActiveContacts: 51 }, "max_active_contacts_range", "maxActiveContacts"],
    [{ availabilityNote: "x".repeat(501) }, "availability_note_length", "availabilityNote"],
    [{ availabilitySlots: [{ day: "TUE", start: "20:00", end: "08:00" }] }, "availability_slot", "availabilitySlots"],
  ])("refuses %j naming %s", async (input, rule, field) => {
    const r = await h.call(UPDATE, { i: input }, as.kari());
    expect(code(r)).toMatchObject({ code: "BAD_USER_INPUT", rule, field });
  });

  it("names every fault of a profile at once (extensions.violations)", async () => {
    const r = await h.call(UPDATE, { i: { bio: "x".repeat(2001), maxActiveContacts: 51 } }, as.kari());
    expect(code(r)).toMatchObject({ code: "BAD_USER_INPUT", rule: "bio_length", field: "bio" });
    expect((code(r)!.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "bio_length",
      "max_active_contacts_range",
    ]);
  });

  it("refuses a profile to a caller whose active role is not peer mentor", async () => {
    expect(code(await h.call(UPDATE, { i: { bio: "x" } }, as.coord()))?.code).toBe("FORBIDDEN");
    expect(code(await h.call(UPDATE, { i: { bio: "x" } }))?.code).toBe("UNAUTHENTICATED");
  });

  it("shows the profile to the mentor, their coordinator and organization admin; not to another mentor or organization", async () => {
    expect((await h.call(PROFILE, { id: kari.id }, as.kari())).data?.user.peerMentorProfile).toMatchObject({
      userId: kari.id,
      maxActiveContacts: 3,
    });
    expect((await h.call(PROFILE, { id: kari.id }, as.coord())).data?.user.peerMentorProfile).toMatchObject({
      userId: kari.id,
    });
    expect((await h.call(PROFILE, { id: kari.id }, as.admin())).data?.user.peerMentorProfile).toMatchObject({
      userId: kari.id,
    });
    expect((await h.call(PROFILE, { id: kari.id }, as.global())).data?.user.peerMentorProfile).toMatchObject({
      userId: kari.id,
    });
    // A mentor in the same local association sees the user, not their mentoring profile.
    await memberships(h, [{ userId: ola.id, organizationId: orgA, localAssociationId: la1, role: "peer_mentor" }]);
    const olaInLa1 = { ...as.ola(), localAssociationId: la1 };
    const peer = await h.call(PROFILE, { id: kari.id }, olaInLa1);
    expect(peer.data?.user).toMatchObject({ id: kari.id, peerMentorProfile: null, peerMentorStatusLog: [] });
    expect((await h.call(PROFILE, { id: kari.id }, as.otherAdmin())).data?.user).toBeNull();
  });

  it("scopes profiles and logs through _entities like the root field", async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id peerMentorProfile { userId } peerMentorStatusLog { to } } } }`;
    const reps = [{ __typename: "User", id: kari.id }];
    expect((await h.call(q, { r: reps }, as.otherAdmin())).data?._entities).toEqual([null]);
    expect((await h.call(q, { r: reps }, as.admin())).data?._entities).toEqual([
      { id: kari.id, peerMentorProfile: { userId: kari.id }, peerMentorStatusLog: expect.any(Array) },
    ]);
    expect((await h.call(q, { r: reps })).data?._entities).toEqual([null]);
  });
});

describe("identity: peer mentor status", () => {
  const change = (who: () => MintOptions, to: string, reason: string | null = null, userId = kari.id) =>
    h.call(CHANGE, { u: userId, to, r: reason }, who());

  it("walks the allowed transitions, logging who, when, from, to and why, and publishes each", async () => {
    const steps: [() => MintOptions, string, string | null, string][] = [
      [as.kari, "PAUSED", "Ferie", kari.id],
      [as.kari, "ACTIVE", null, kari.id],
      [as.coord, "PAUSED", null, coord.id],
      [as.coord, "SUSPENDED", "Klage under behandling", coord.id],
      [as.admin, "ACTIVE", "Avklart", admin.id],
    ];
    let from = "ACTIVE";
    for (const [who, to, reason, actorId] of steps) {
      const r = await change(who, to, reason);
      expect(r.errors).toBeUndefined();
      expect(r.data?.changePeerMentorStatus).toMatchObject({ userId: kari.id, from, to, reason, actorId });
      from = to;
    }
    const log = (await h.call(PROFILE, { id: kari.id }, as.admin())).data?.user.peerMentorStatusLog;
    expect(log.map((e: { from: string; to: string }) => `${e.from}>${e.to}`)).toEqual([
      "ACTIVE>PAUSED",
      "PAUSED>ACTIVE",
      "ACTIVE>PAUSED",
      "PAUSED>SUSPENDED",
      "SUSPENDED>ACTIVE",
    ]);
    // Who made each change, by name (the admin reading the log is not shown ids).
    expect(log.map((e: { actor: { displayName: string } | null }) => e.actor?.displayName)).toEqual([
      "Test kari",
      "Test kari",
      "Test coord",
      "Test coord",
      "Test admin",
    ]);
    const event = await events.waitFor(
      (e) => e.type === "identity.peer_mentor.status_changed" && (e.payload as { to: string }).to === "suspended",
    );
    // Ids only (issue 24 item 2, version 2): the reason stays in the status log above.
    expect(event).toMatchObject({
      version: 2,
      aggregateId: kari.id,
      organizationId: orgA,
      actorId: coord.id,
      payload: { userId: kari.id, from: "paused", to: "suspended" },
    });
    expect(JSON.stringify(event.payload)).not.toContain("Klage");
  });

  it.each([
    ["a mentor suspending themself", as.kari, "SUSPENDED", "x", "FORBIDDEN", undefined],
    ["a coordinator deactivating", as.coord, "DEACTIVATED", "x", "FORBIDDEN", undefined],
    ["a move to the same status", as.admin, "ACTIVE", null, "BAD_USER_INPUT", "status_unchanged"],
    ["a suspension without reason", as.coord, "SUSPENDED", " ", "BAD_USER_INPUT", "reason_required"],
  ])("refuses %s", async (_what, who, to, reason, expected, rule) => {
    const r = await change(who, to, reason);
    expect(code(r)).toMatchObject({ code: expected, ...(rule ? { rule } : {}) });
  });

  it("lets only an org admin lift a suspension, and treats deactivation as final", async () => {
    expect((await change(as.coord, "SUSPENDED", "Ny klage")).errors).toBeUndefined();
    expect(code(await change(as.coord, "ACTIVE"))?.code).toBe("FORBIDDEN");
    expect(code(await change(as.kari, "ACTIVE"))?.code).toBe("FORBIDDEN");
    expect(code(await change(as.admin, "PAUSED"))).toMatchObject({ code: "BAD_USER_INPUT", rule: "status_transition" });
    expect((await change(as.admin, "DEACTIVATED", "Sluttet"))?.errors).toBeUndefined();
    expect(code(await change(as.admin, "ACTIVE", "Tilbake"))).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "status_final",
    });
    expect((await h.call(PROFILE, { id: kari.id }, as.admin())).data?.user.peerMentorProfile.status).toBe(
      "DEACTIVATED",
    );
  });

  it("does not let another organization, another local association's coordinator or a fellow mentor change a status", async () => {
    expect(code(await change(as.otherAdmin, "PAUSED", null, ola.id))?.code).toBe("NOT_FOUND");
    const coordLa2 = {
      userId: coord.id,
      organizationId: orgA,
      localAssociationId: randomUUID(),
      role: "coordinator" as const,
    };
    expect(code(await change(() => coordLa2, "PAUSED", null, ola.id))?.code).toBe("NOT_FOUND");
    expect(code(await change(as.kari, "PAUSED", null, ola.id))?.code).toBe("NOT_FOUND");
    expect(code(await change(as.admin, "PAUSED", null, coord.id))?.code).toBe("NOT_FOUND"); // not a peer mentor
    expect((await change(as.global, "PAUSED", null, ola.id)).errors).toBeUndefined();
    expect((await h.call(PROFILE, { id: ola.id }, as.otherAdmin())).data?.user).toBeNull();
  });

  it("refuses UPDATE and DELETE on the status log at the database", async () => {
    // drizzle wraps the driver's error; the trigger's message is the cause.
    const refusal = (q: ReturnType<typeof sql>) =>
      h.db.execute(q).then(
        () => "allowed",
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await refusal(sql`update identity.peer_mentor_status_log set reason = 'rewritten'`)).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await refusal(sql`delete from identity.peer_mentor_status_log`)).toMatch(/append-only: DELETE refused/);
    const result = (await h.db.execute(
      sql`select count(*)::int as n from identity.peer_mentor_status_log where reason = 'rewritten'`,
    )) as unknown as { rows: { n: number }[] };
    const [row] = result.rows;
    expect(row?.n).toBe(0);
  });
});

describe("identity: role catalog", () => {
  it("lists the four roles with names and products", async () => {
    const r = await h.call(`{ roles { key nameNb nameEn products } }`, {}, as.kari());
    expect(r.data?.roles).toEqual([
      { key: "peer_mentor", nameNb: "Likeperson", nameEn: "Peer Mentor", products: ["MOBILE_APP"] },
      { key: "coordinator", nameNb: "Koordinator", nameEn: "Coordinator", products: ["MOBILE_APP", "ADMIN_WEB"] },
      {
        key: "org_admin",
        nameNb: "Organisasjonsadministrator",
        nameEn: "Organization Administrator",
        products: ["ADMIN_WEB", "MOBILE_APP"],
      },
      { key: "global_admin", nameNb: "Global administrator", nameEn: "Global Administrator", products: ["ADMIN_WEB"] },
    ]);
    expect(code(await h.call(`{ roles { key } }`))?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["kari", "MOBILE_APP", true],
    ["kari", "ADMIN_WEB", false],
    ["coord", "ADMIN_WEB", true],
    ["admin", "MOBILE_APP", true],
    ["global", "MOBILE_APP", false],
    ["global", "ADMIN_WEB", true],
  ] as const)("canUseProduct for %s on %s is %s", async (who, product, expected) => {
    const r = await h.call(`query($p: Product!) { canUseProduct(product: $p) }`, { p: product }, as[who]());
    expect(r.data?.canUseProduct).toBe(expected);
  });
});
