import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { registerUser } from "../src/application/users.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA1 = randomUUID();
const laA2 = randomUUID();
const ids = { admin: randomUUID(), kari: randomUUID(), ola: randomUUID(), outsider: randomUUID() };

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  const uow = createUnitOfWork(h.db, eventStore);
  await registerUser(uow, { id: ids.admin, email: "admin@nhf.example.no", firstName: "Anne", lastName: "Admin" }, null);
  await registerUser(
    uow,
    { id: ids.kari, email: "Kari.Nordmann@nhf.example.no", firstName: "Kari", lastName: "Nordmann" },
    null,
  );
  await registerUser(uow, { id: ids.ola, email: "ola@nhf.example.no", firstName: "Ola", lastName: "Hansen" }, null);
  await registerUser(uow, { id: ids.outsider, email: "per@hlf.example.no", firstName: "Per", lastName: "Berg" }, null);
  const member = (userId: string, organizationId: string, localAssociationId: string, role: string) =>
    makeEvent(
      "organization.membership.added",
      { membershipId: randomUUID(), userId, localAssociationId, role, isPrimary: true },
      { organizationId },
    );
  const events = [
    member(ids.admin, orgA, laA1, "org_admin"),
    member(ids.kari, orgA, laA1, "peer_mentor"),
    member(ids.ola, orgA, laA2, "peer_mentor"),
    member(ids.outsider, orgB, randomUUID(), "peer_mentor"),
  ];
  await h.bus.publish(events);
  await h.bus.publish(events); // redelivery is harmless
  await h.bus.idle();
});

afterAll(() => h?.stop());

const USER = `query($id: ID!) { user(id: $id) { id email displayName status preferredLanguage } }`;

describe("identity: users", () => {
  it("answers me with the signed-in user", async () => {
    const r = await h.call(
      `{ me { id displayName email } }`,
      {},
      { userId: ids.kari, organizationId: orgA, localAssociationId: laA1, role: "peer_mentor" },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.me).toEqual({ id: ids.kari, displayName: "Kari Nordmann", email: "kari.nordmann@nhf.example.no" });
  });

  it("lets an organization administrator see the organization's members, not another organization's", async () => {
    const as = { userId: ids.admin, organizationId: orgA, localAssociationId: laA1, role: "org_admin" as const };
    const own = await h.call(USER, { id: ids.ola }, as);
    expect(own.data?.user).toMatchObject({ id: ids.ola, status: "ACTIVE", preferredLanguage: "NB" });
    const other = await h.call(USER, { id: ids.outsider }, as);
    expect(other.errors).toBeUndefined();
    expect(other.data?.user).toBeNull();
  });

  it("limits a mentor to their own local association", async () => {
    const as = { userId: ids.kari, organizationId: orgA, localAssociationId: laA1, role: "peer_mentor" as const };
    expect((await h.call(USER, { id: ids.admin }, as)).data?.user).toMatchObject({ id: ids.admin });
    expect((await h.call(USER, { id: ids.ola }, as)).data?.user).toBeNull();
  });

  it("resolves User entities through _entities, scoped like the root field", async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id displayName } } }`;
    const reps = [
      { __typename: "User", id: ids.kari },
      { __typename: "User", id: ids.outsider },
    ];
    const r = await h.call(q, { r: reps }, { userId: ids.admin, organizationId: orgA, role: "org_admin" });
    expect(r.data?._entities).toEqual([{ id: ids.kari, displayName: "Kari Nordmann" }, null]);
    const anon = await h.call(q, { r: reps });
    // An anonymous caller's repository sees no one: nothing resolves, nothing leaks.
    expect(anon.data?._entities).toEqual([null, null]);
  });

  it("refuses requests the gateway did not sign, _entities and _service included", async () => {
    for (const q of [
      `{ _service { sdl } }`,
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      `{ me { id } }`,
    ]) {
      const r = await h.raw(q, { r: [{ __typename: "User", id: ids.kari }] });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const forged = await h.raw(`{ _service { sdl } }`, {}, { signingSecret: "x".repeat(64) });
    expect(forged.status).toBe(401);
  });

  it("shows the person on call the outbox backlog and consumer lag", async () => {
    type Status = {
      outbox: unknown;
      consumers: Array<{ lag: number | "unknown"; topics: Array<{ topic: string; lag: number }> }>;
    };
    const read = async (): Promise<Status> => {
      const res = await fetch(h.url.replace("/graphql", "/events/status"));
      expect(res.status).toBe(200);
      return (await res.json()) as Status;
    };
    // The endpoint answers within its budget: a broker slower than that (a loaded machine) reads "unknown" until it is not.
    let status = await read();
    await expect.poll(async () => (status = await read()).consumers.every((c) => c.lag !== "unknown")).toBe(true);
    expect(status.outbox).toEqual({ unsent: 0, oldestUnsentAt: null, oldestAgeSeconds: null });
    expect(status.consumers).toMatchObject([
      { group: "identity.memberships", lag: 0, deadLettered: 0 },
      { group: "identity.invitations", lag: 0, deadLettered: 0 },
      { group: "identity.access_export", lag: 0, deadLettered: 0 },
      { group: "identity.privacy", lag: 0, deadLettered: 0 },
    ]);
    // The lag per topic each group reads (the metric meander_consumer_lag has the same).
    expect(status.consumers[0]!.topics).toContainEqual({ topic: "meander.organization", lag: 0 });
  });

  it("refuses an invalid token", async () => {
    const r = await h.raw(`{ me { id } }`, {}, { signingSecret: h.signingSecret, token: "not-a-jwt" });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a duplicate e-mail and names the rule on bad input", async () => {
    const uow = createUnitOfWork(h.db, eventStore);
    await expect(
      registerUser(uow, { email: "KARI.nordmann@nhf.example.no", firstName: "K", lastName: "N" }, null),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    await expect(registerUser(uow, { email: "nope", firstName: "K", lastName: "N" }, null)).rejects.toMatchObject({
      name: "RuleViolationError",
      violations: [{ rule: "email_format", field: "email" }],
    });
  });
});
