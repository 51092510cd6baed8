import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type EventEnvelope } from "@meander/events";
import { startSubgraph, type GraphQLResponse, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { SYSTEM_ACTOR } from "../src/application/actor.js";
import { createLocalAssociation } from "../src/application/local-associations.js";
import { createOrganization } from "../src/application/organizations.js";
import { createLocalAssociationRepository } from "../src/db/repositories/local-associations.js";
import { eventStore, organizationMemberships } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const received: EventEnvelope[] = [];
const orgA = randomUUID();
const orgB = randomUUID();
const la: Record<string, string> = {};
const users = { kari: randomUUID(), ola: randomUUID(), per: randomUUID(), admin: randomUUID() };
const adminA = { userId: users.admin, organizationId: orgA, role: "org_admin" as const };
const global = { role: "global_admin" as const, organizationId: null };

const ADD = `mutation($input: AddMembershipInput!) {
  addMembership(input: $input) { id role isPrimary joinedAt user { id } organization { id } localAssociation { id name } } }`;
const MEMBERSHIPS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on User { id memberships { role isPrimary localAssociation { name } organization { shortName } } } } }`;
const add = (input: Record<string, unknown>, as: Parameters<SubgraphHarness["call"]>[2] = adminA) =>
  h.call(ADD, { input }, as);

/** Whether `userId` holds a membership of `localAssociationId` already. */
const holds = async (userId: string, localAssociationId: string) =>
  (
    await h.db
      .select()
      .from(organizationMemberships)
      .where(
        and(
          eq(organizationMemberships.userId, userId),
          eq(organizationMemberships.localAssociationId, localAssociationId),
        ),
      )
  ).length > 0;

/**
 * What the tests above a test leave behind, added now when it runs alone (-t): Kari's first membership (Oslo, its
 * event received), then with `all` her Bergen (coordinator) and Moss (primary) memberships.
 */
async function arrangeMemberships(all: boolean) {
  if (!(await holds(users.kari, la.a1!)))
    expect((await add({ userId: users.kari, localAssociationId: la.a1, role: "PEER_MENTOR" })).errors).toBeUndefined();
  await waitForEvent(() =>
    expect(
      received.some(
        (e) =>
          e.type === "organization.membership.added" &&
          (e.payload as { userId: string; localAssociationId: string }).userId === users.kari &&
          (e.payload as { localAssociationId: string }).localAssociationId === la.a1,
      ),
    ).toBe(true),
  );
  if (!all) return;
  for (const [localAssociationId, input, as] of [
    [la.a2!, { role: "COORDINATOR" }, adminA],
    [la.a3!, { role: "PEER_MENTOR", isPrimary: true }, adminA],
  ] as const) {
    if (!(await holds(users.kari, localAssociationId)))
      expect((await add({ userId: users.kari, localAssociationId, ...input }, as)).errors).toBeUndefined();
  }
}

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.organization"],
    handler: async (e) => void received.push(e),
  });
  const uow = createUnitOfWork(h.db, eventStore);
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgA, name: "Norges Blindeforbund", shortName: "Blindeforbundet" });
  await createOrganization(uow, SYSTEM_ACTOR, { id: orgB, name: "Hørselshemmedes Landsforbund", shortName: "HLF" });
  for (const [key, organizationId, name] of [
    ["a1", orgA, "Blind Oslo"],
    ["a2", orgA, "Blind Bergen"],
    ["a3", orgA, "Blind Moss"],
    ["a4", orgA, "Blind Bodø"],
    ["b1", orgB, "HLF Oslo"],
  ] as const) {
    la[key] = (
      await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId, name, municipality: name.split(" ")[1] })
    ).id;
  }
  // An inactive unit arranged through the repository (deactivateLocalAssociation is tested in hierarchy.test.ts).
  la.closed = (
    await createLocalAssociationRepository(h.db, scopes.organization(orgA)).insert({
      id: randomUUID(),
      organizationId: orgA,
      name: "Blind Lagt ned",
      isActive: false,
    })
  ).id;
});

afterAll(() => h?.stop());

describe("organization: memberships", () => {
  it("makes a user's first membership primary and emits organization.membership.added", async () => {
    const liv = randomUUID(); // a user of this test alone: it passes in any order
    const r = await add({ userId: liv, localAssociationId: la.a1, role: "PEER_MENTOR" });
    expect(r.errors).toBeUndefined();
    const m = r.data?.addMembership;
    expect(m).toMatchObject({
      role: "PEER_MENTOR",
      isPrimary: true,
      user: { id: liv },
      organization: { id: orgA },
      localAssociation: { id: la.a1, name: "Blind Oslo" },
    });
    await waitForEvent(() =>
      expect(
        received.find((e) => e.payload && (e.payload as { membershipId?: string }).membershipId === m.id),
      ).toMatchObject({
        type: "organization.membership.added",
        organizationId: orgA,
        actorId: users.admin,
        aggregateId: liv,
        payload: {
          membershipId: m.id,
          userId: liv,
          localAssociationId: la.a1,
          role: "peer_mentor",
          isPrimary: true,
        },
      }),
    );
  });

  it("moves the primary flag when a new primary membership is added", async () => {
    // A user of this test alone (in any order): her first membership, Oslo, is primary.
    const nora = randomUUID();
    expect((await add({ userId: nora, localAssociationId: la.a1, role: "PEER_MENTOR" })).errors).toBeUndefined();
    expect(
      (await add({ userId: nora, localAssociationId: la.a2, role: "COORDINATOR" })).data?.addMembership.isPrimary,
    ).toBe(false);
    const moss = (await add({ userId: nora, localAssociationId: la.a3, role: "PEER_MENTOR", isPrimary: true })).data
      ?.addMembership;
    expect(moss.isPrimary).toBe(true);
    const oslo = received.find(
      (e) =>
        e.type === "organization.membership.added" &&
        (e.payload as { localAssociationId: string; userId: string }).userId === nora,
    );
    // The flag moved from Oslo (Nora's first membership) to Moss: primary_changed follows membership.added.
    await waitForEvent(() =>
      expect(
        received.find(
          (e) =>
            e.type === "organization.membership.primary_changed" &&
            (e.payload as { membershipId: string }).membershipId === moss.id,
        ),
      ).toMatchObject({
        aggregateId: nora,
        organizationId: orgA,
        actorId: users.admin,
        payload: {
          userId: nora,
          localAssociationId: la.a3,
          previousMembershipId: (oslo?.payload as { membershipId: string }).membershipId,
          reason: "added_as_primary",
        },
      }),
    );
    const r = await h.call(MEMBERSHIPS, { r: [{ __typename: "User", id: nora }] }, adminA);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities[0].memberships).toEqual([
      {
        role: "PEER_MENTOR",
        isPrimary: false,
        localAssociation: { name: "Blind Oslo" },
        organization: { shortName: "Blindeforbundet" },
      },
      {
        role: "COORDINATOR",
        isPrimary: false,
        localAssociation: { name: "Blind Bergen" },
        organization: { shortName: "Blindeforbundet" },
      },
      {
        role: "PEER_MENTOR",
        isPrimary: true,
        localAssociation: { name: "Blind Moss" },
        organization: { shortName: "Blindeforbundet" },
      },
    ]);
  });

  it("refuses a second membership of the same unit (membership_unique)", async () => {
    await arrangeMemberships(false);
    const r = await add({ userId: users.kari, localAssociationId: la.a1, role: "COORDINATOR" });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "membership_unique",
      field: "localAssociationId",
    });
  });

  it("refuses more memberships than the organization allows (membership_limit)", async () => {
    await arrangeMemberships(true);
    const r = await add({ userId: users.kari, localAssociationId: la.a4, role: "PEER_MENTOR" });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "membership_limit",
      field: "userId",
    });
  });

  it("lets an NHF member hold five local associations and refuses the sixth (membership_limit, set per organization)", async () => {
    const uow = createUnitOfWork(h.db, eventStore);
    const nhf = randomUUID();
    await createOrganization(uow, SYSTEM_ACTOR, {
      id: nhf,
      name: "Norges Handikapforbund",
      shortName: "NHF",
      maxMembershipsPerUser: 5,
    });
    const units: string[] = [];
    for (const city of ["Oslo", "Bergen", "Trondheim", "Tromsø", "Bodø", "Moss"])
      units.push((await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: nhf, name: `NHF ${city}` })).id);
    const nhfAdmin = { userId: randomUUID(), organizationId: nhf, role: "org_admin" as const };
    const mentor = randomUUID();
    for (const unit of units.slice(0, 5))
      expect(
        (await add({ userId: mentor, localAssociationId: unit, role: "PEER_MENTOR" }, nhfAdmin)).errors,
      ).toBeUndefined();
    const sixth = await add({ userId: mentor, localAssociationId: units[5], role: "PEER_MENTOR" }, nhfAdmin);
    expect(sixth.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "membership_limit",
      field: "userId",
    });
    expect(
      await h.db.select().from(organizationMemberships).where(eq(organizationMemberships.userId, mentor)),
    ).toHaveLength(5);
  });

  it("keeps a user's memberships in one organization (single_organization_tree)", async () => {
    await arrangeMemberships(false);
    const r = await add({ userId: users.kari, localAssociationId: la.b1, role: "PEER_MENTOR" }, global);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "single_organization_tree",
      field: "localAssociationId",
    });
  });

  it("refuses inactive units (active_local_association)", async () => {
    const r = await add({ userId: users.ola, localAssociationId: la.closed, role: "PEER_MENTOR" });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "active_local_association",
      field: "localAssociationId",
    });
  });

  it("lets only administrators add memberships, in their own organization", async () => {
    const mentor = {
      userId: users.kari,
      organizationId: orgA,
      localAssociationId: la.a1!,
      role: "peer_mentor" as const,
    };
    expect(
      (await add({ userId: users.ola, localAssociationId: la.a1, role: "PEER_MENTOR" }, mentor)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await add({ userId: users.ola, localAssociationId: la.b1, role: "PEER_MENTOR" })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    const grant = await add({ userId: users.ola, localAssociationId: la.a1, role: "GLOBAL_ADMIN" });
    expect(grant.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "role_grant", field: "role" });
    // A user of this test alone (Per is made HLF's administrator by the next test when it runs first).
    const ok = await add({ userId: randomUUID(), localAssociationId: la.b1, role: "ORG_ADMIN" }, global);
    expect(ok.data?.addMembership).toMatchObject({ role: "ORG_ADMIN", isPrimary: true, organization: { id: orgB } });
  });

  it("scopes User.memberships: own organization only, a mentor's own units and own memberships", async () => {
    await arrangeMemberships(true);
    // Per as HLF's administrator.
    if (!(await holds(users.per, la.b1!)))
      expect(
        (await add({ userId: users.per, localAssociationId: la.b1, role: "ORG_ADMIN" }, global)).errors,
      ).toBeUndefined();
    await add({ userId: users.ola, localAssociationId: la.a2, role: "PEER_MENTOR" });
    const reps = [
      { __typename: "User", id: users.kari },
      { __typename: "User", id: users.ola },
      { __typename: "User", id: users.per },
    ];
    const names = (r: GraphQLResponse<Record<string, any>>) =>
      r.data?._entities.map((u: { id: string; memberships: Array<{ localAssociation: { name: string } }> }) => [
        u.id,
        u.memberships.map((m) => m.localAssociation.name),
      ]);
    expect(names(await h.call(MEMBERSHIPS, { r: reps }, adminA))).toEqual([
      [users.kari, ["Blind Oslo", "Blind Bergen", "Blind Moss"]],
      [users.ola, ["Blind Bergen"]],
      [users.per, []],
    ]);
    // Organization B's administrator sees none of organization A's memberships.
    expect(
      names(
        await h.call(
          MEMBERSHIPS,
          { r: reps },
          { userId: users.per, organizationId: orgB, localAssociationId: la.b1!, role: "org_admin" },
        ),
      ),
    ).toEqual([
      [users.kari, []],
      [users.ola, []],
      [users.per, ["HLF Oslo"]],
    ]);
    // Ola, a mentor in Bergen, sees his own memberships and those in Bergen, not Kari's in Oslo or Moss.
    const ola = { userId: users.ola, organizationId: orgA, localAssociationId: la.a2!, role: "peer_mentor" as const };
    expect(names(await h.call(MEMBERSHIPS, { r: reps }, ola))).toEqual([
      [users.kari, ["Blind Bergen"]],
      [users.ola, ["Blind Bergen"]],
      [users.per, []],
    ]);
    const anon = await h.call(MEMBERSHIPS, { r: reps.slice(0, 1) });
    expect(anon.data?._entities?.[0]?.memberships ?? null).toBeNull();
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("sets the primary membership; two concurrent changes leave exactly one primary (primary_membership)", async () => {
    const sam = randomUUID();
    const ids: string[] = [];
    for (const unit of [la.a1, la.a2, la.a3])
      ids.push((await add({ userId: sam, localAssociationId: unit, role: "PEER_MENTOR" })).data?.addMembership.id);
    const SET = `mutation($id: ID!) { setPrimaryMembership(membershipId: $id) { id isPrimary } }`;
    const self = { userId: sam, organizationId: orgA, localAssociationId: la.a1!, role: "peer_mentor" as const };
    // The member themself may change it; organization.membership.primary_changed goes out with the change.
    expect((await h.call(SET, { id: ids[1] }, self)).data?.setPrimaryMembership).toEqual({
      id: ids[1],
      isPrimary: true,
    });
    const changedTo = (id: string) =>
      received.filter(
        (e) =>
          e.type === "organization.membership.primary_changed" &&
          (e.payload as { membershipId: string }).membershipId === id,
      );
    await waitForEvent(() =>
      expect(changedTo(ids[1]!)).toMatchObject([
        {
          aggregateId: sam,
          organizationId: orgA,
          actorId: sam,
          payload: { userId: sam, localAssociationId: la.a2, previousMembershipId: ids[0], reason: "set_primary" },
        },
      ]),
    );
    // Setting the current primary again changes nothing and publishes nothing.
    expect((await h.call(SET, { id: ids[1] }, adminA)).data?.setPrimaryMembership).toEqual({
      id: ids[1],
      isPrimary: true,
    });
    for (let round = 0; round < 5; round++) {
      const [x, y] = await Promise.all([h.call(SET, { id: ids[0] }, adminA), h.call(SET, { id: ids[2] }, self)]);
      expect(x.errors ?? y.errors).toBeUndefined();
      const primaries = await h.db
        .select()
        .from(organizationMemberships)
        .where(and(eq(organizationMemberships.userId, sam), eq(organizationMemberships.isPrimary, true)));
      expect(primaries).toHaveLength(1);
    }
    // Every committed change published one event, in order per user: replaying them gives the primary in the table.
    const [primary] = await h.db
      .select()
      .from(organizationMemberships)
      .where(and(eq(organizationMemberships.userId, sam), eq(organizationMemberships.isPrimary, true)));
    await waitForEvent(() => {
      const changes = received.filter(
        (e) => e.type === "organization.membership.primary_changed" && e.aggregateId === sam,
      );
      expect(changes.at(-1)?.payload).toMatchObject({ membershipId: primary!.id });
      // Each change names the primary before it; the chain has no gaps.
      for (let i = 1; i < changes.length; i++) {
        expect((changes[i]!.payload as { previousMembershipId: string }).previousMembershipId).toBe(
          (changes[i - 1]!.payload as { membershipId: string }).membershipId,
        );
      }
    });
    expect(changedTo(ids[1]!)).toHaveLength(1);
    // Another mentor may not; another organization's administrator does not find it.
    const other = { userId: users.ola, organizationId: orgA, localAssociationId: la.a1!, role: "peer_mentor" as const };
    expect((await h.call(SET, { id: ids[0] }, other)).errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      rule: "primary_change_permission",
      field: "membershipId",
    });
    const adminB = { userId: users.per, organizationId: orgB, localAssociationId: la.b1!, role: "org_admin" as const };
    expect((await h.call(SET, { id: ids[0] }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lists a unit's members by role, keyset-paginated, searchable by role or user id, as the caller may see them", async () => {
    const uow = createUnitOfWork(h.db, eventStore);
    const unit = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: orgA, name: "Blind Tromsø" })).id;
    const [m1, m2, c1] = [randomUUID(), randomUUID(), randomUUID()];
    await add({ userId: m1, localAssociationId: unit, role: "PEER_MENTOR" });
    await add({ userId: c1, localAssociationId: unit, role: "COORDINATOR" });
    await add({ userId: m2, localAssociationId: unit, role: "PEER_MENTOR" });
    const MEMBERS = `query($r: [_Any!]!, $first: Int, $after: String, $search: String) { _entities(representations: $r) {
      ... on LocalAssociation { members(first: $first, after: $after, search: $search) { edges { cursor node { role isPrimary user { id } } } pageInfo { hasNextPage endCursor } } } } }`;
    const members = async (vars: Record<string, unknown>, as: Parameters<SubgraphHarness["call"]>[2] = adminA) => {
      const r = await h.call(MEMBERS, { r: [{ __typename: "LocalAssociation", id: unit }], ...vars }, as);
      return { errors: r.errors, conn: r.data?._entities?.[0]?.members };
    };
    const first = await members({ first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.conn.edges.map((e: any) => e.node.role)).toEqual(["PEER_MENTOR", "PEER_MENTOR"]);
    expect(first.conn.edges.map((e: any) => e.node.user.id).sort()).toEqual([m1, m2].sort());
    expect(first.conn.pageInfo.hasNextPage).toBe(true);
    const next = await members({ first: 2, after: first.conn.pageInfo.endCursor });
    expect(next.conn.edges.map((e: any) => e.node)).toEqual([
      { role: "COORDINATOR", isPrimary: true, user: { id: c1 } },
    ]);
    expect(next.conn.pageInfo.hasNextPage).toBe(false);
    expect((await members({ search: "coord" })).conn.edges.map((e: any) => e.node.user.id)).toEqual([c1]);
    expect((await members({ search: "Peer mentor" })).conn.edges).toHaveLength(2);
    expect((await members({ search: m2.toUpperCase() })).conn.edges.map((e: any) => e.node.user.id)).toEqual([m2]);
    expect((await members({ search: "kari" })).conn.edges).toEqual([]);
    expect(
      (await members({ after: Buffer.from('["x","y"]').toString("base64url") })).errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", rule: "cursor_format", field: "after" });
    // A mentor of another unit sees none of them; a coordinator of this unit sees all.
    const outsider = {
      userId: randomUUID(),
      organizationId: orgA,
      localAssociationId: la.a1!,
      role: "peer_mentor" as const,
    };
    expect((await members({}, outsider)).conn.edges).toEqual([]);
    const coordinator = { userId: c1, organizationId: orgA, localAssociationId: unit, role: "coordinator" as const };
    expect((await members({}, coordinator)).conn.edges).toHaveLength(3);
  });

  it("removes a membership with organization.membership.removed; the earliest remaining one becomes primary", async () => {
    const eva = randomUUID();
    const first = (await add({ userId: eva, localAssociationId: la.a1, role: "PEER_MENTOR" })).data?.addMembership.id;
    const second = (await add({ userId: eva, localAssociationId: la.a2, role: "PEER_MENTOR" })).data?.addMembership.id;
    const REMOVE = `mutation($id: ID!) { removeMembership(id: $id) { id isPrimary } }`;
    const mentor = { userId: eva, organizationId: orgA, localAssociationId: la.a1!, role: "peer_mentor" as const };
    expect((await h.call(REMOVE, { id: first }, mentor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const adminB = { userId: users.per, organizationId: orgB, localAssociationId: la.b1!, role: "org_admin" as const };
    expect((await h.call(REMOVE, { id: first }, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const r = await h.call(REMOVE, { id: first }, adminA);
    expect(r.data?.removeMembership).toEqual({ id: first, isPrimary: true });
    const rows = await h.db.select().from(organizationMemberships).where(eq(organizationMemberships.userId, eva));
    expect(rows.map((m) => [m.id, m.isPrimary])).toEqual([[second, true]]);
    await waitForEvent(() =>
      expect(
        received.find(
          (e) =>
            e.type === "organization.membership.removed" &&
            (e.payload as { membershipId: string }).membershipId === first,
        ),
      ).toMatchObject({
        aggregateId: eva,
        organizationId: orgA,
        actorId: users.admin,
        payload: { membershipId: first, userId: eva, localAssociationId: la.a1 },
      }),
    );
    await waitForEvent(() =>
      expect(
        received.filter((e) => e.type === "organization.membership.primary_changed" && e.aggregateId === eva),
      ).toMatchObject([
        {
          organizationId: orgA,
          actorId: users.admin,
          payload: {
            membershipId: second,
            userId: eva,
            localAssociationId: la.a2,
            previousMembershipId: first,
            reason: "primary_removed",
          },
        },
      ]),
    );
    expect((await h.call(REMOVE, { id: first }, adminA)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
