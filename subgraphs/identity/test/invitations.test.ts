import { createHash, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnsHolding, dataOf, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { login, person, probe, PASSWORD, type Person } from "./arrange.js";

let h: SubgraphHarness;
let events: Awaited<ReturnType<typeof probe>>;
let existing: Person;
const org = randomUUID();
const la = randomUUID();

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  events = await probe(h);
  existing = await person(h, "existing@invite.example.no");
});

afterAll(async () => {
  await events?.stop();
  await h?.stop();
});

/**
 * organization's side: an invitation event (ids only, version 2) and its address on the compacted invitations topic
 * (published first here: the two topics keep no order between them), and the token only the invitee receives.
 * `legacy`: a version 1 creation event, the address in it (old logs).
 */
async function invite(
  email: string,
  opts: { expiresInMs?: number; maxMembershipsPerUser?: number; legacy?: boolean } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const event = makeEvent(
    "organization.invitation.created",
    {
      invitationId: randomUUID(),
      localAssociationId: la,
      role: "peer_mentor",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: new Date(Date.now() + (opts.expiresInMs ?? 7 * 24 * 3600_000)).toISOString(),
      ...(opts.maxMembershipsPerUser ? { maxMembershipsPerUser: opts.maxMembershipsPerUser } : {}),
    },
    { organizationId: org },
  );
  const invitationId = event.payload.invitationId;
  if (opts.legacy) await h.bus.publish([{ ...event, version: 1, payload: { ...event.payload, email } }]);
  else await h.bus.publish([address(invitationId, email), event]);
  await h.bus.idle();
  return { token, invitationId };
}

const address = (invitationId: string, email: string | null) =>
  makeEvent(
    "organization.invitation.address_changed",
    { invitationId, email },
    { organizationId: org, aggregateId: invitationId },
  );

const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { invitationId userId email newUser } }`;
const accept = (i: Record<string, unknown>) =>
  h.raw<{ acceptInvitation: { invitationId: string; userId: string; email: string; newUser: boolean } }>(
    ACCEPT,
    { i },
    { signingSecret: h.signingSecret },
  );

describe("identity: invitation acceptance", () => {
  it("creates a new person's account with their first password and publishes invitation.accepted", async () => {
    const inv = await invite("New.Person@invite.example.no");
    expect(
      (await accept({ token: inv.token, firstName: "Nina", lastName: "Ny" })).errors?.[0]?.extensions,
    ).toMatchObject({ rule: "password_required" });
    const res = dataOf(
      await accept({ token: inv.token, password: "my first password", firstName: "Nina", lastName: "Ny" }),
    ).acceptInvitation;
    expect(res).toMatchObject({ invitationId: inv.invitationId, email: "new.person@invite.example.no", newUser: true });
    const event = await events.waitFor(
      (e) => e.type === "identity.invitation.accepted" && e.aggregateId === inv.invitationId,
    );
    // Ids only in the kept events (issue 24 item 2); the contact details travel on the compacted profiles topic.
    expect(event).toMatchObject({
      version: 2,
      organizationId: org,
      payload: { invitationId: inv.invitationId, userId: res.userId, localAssociationId: la, role: "peer_mentor" },
    });
    expect(JSON.stringify(event.payload)).not.toContain("invite.example.no");
    const registered = await events.waitFor(
      (e) => e.type === "identity.user.registered" && (e.payload as { userId: string }).userId === res.userId,
    );
    expect(registered).toMatchObject({ version: 2, payload: { userId: res.userId, preferredLanguage: "nb" } });
    expect(JSON.stringify(registered.payload)).not.toContain("Nina");
    const profile = await events.waitFor((e) => e.type === "identity.profile.changed" && e.aggregateId === res.userId);
    expect(profile.payload).toEqual({
      userId: res.userId,
      profile: { email: res.email, displayName: "Nina Ny", phone: null },
    });
    // Until organization's membership arrives there is no context to sign in to, but the password is set.
    expect((await login(h, res.email, "my first password")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("accepts an invitation from an old log (version 1: the address in the creation event)", async () => {
    const inv = await invite("Old.Log@invite.example.no", { legacy: true });
    const res = dataOf(
      await accept({ token: inv.token, password: "my first password", firstName: "Olga", lastName: "Logg" }),
    ).acceptInvitation;
    expect(res).toMatchObject({ invitationId: inv.invitationId, email: "old.log@invite.example.no", newUser: true });
  });

  it("forgets the address when organization publishes it as null: no copy left, the token opens nothing", async () => {
    const inv = await invite("forgotten@invite.example.no");
    await h.bus.publish([address(inv.invitationId, null)]);
    await h.bus.idle();
    expect((await columnsHolding(h, "forgotten@invite.example.no")).hits).toEqual([]);
    expect(
      (await accept({ token: inv.token, password: "a good password", firstName: "F", lastName: "G" })).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("names every fault of an acceptance form at once", async () => {
    const inv = await invite("two.faults@invite.example.no");
    const rules = (r: Awaited<ReturnType<typeof accept>>) =>
      (r.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule);
    expect(rules(await accept({ token: inv.token, password: "short", referralCode: "x".repeat(65) }))).toEqual([
      "referral_code_length",
      "password_length",
    ]);
    expect(rules(await accept({ token: inv.token, firstName: " ", lastName: "Ny" }))).toEqual([
      "password_required",
      "name_length",
    ]);
  });

  it("links an existing user without touching their password", async () => {
    const inv = await invite(existing.email);
    const res = dataOf(await accept({ token: inv.token, password: "attacker's choice!" })).acceptInvitation;
    expect(res).toMatchObject({ userId: existing.id, newUser: false });
    expect((await login(h, existing.email, "attacker's choice!")).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await login(h, existing.email, PASSWORD)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a used, expired, revoked or unknown invitation with the reason", async () => {
    const used = await invite("used@invite.example.no");
    await accept({ token: used.token, password: "a good password", firstName: "U", lastName: "Sed" });
    expect((await accept({ token: used.token, password: "a good password" })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "invitation_used",
    });

    const expired = await invite("expired@invite.example.no", { expiresInMs: -1000 });
    expect(
      (await accept({ token: expired.token, password: "a good password", firstName: "E", lastName: "X" })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ rule: "invitation_expired" });

    const revoked = await invite("revoked@invite.example.no");
    await h.bus.publish([
      makeEvent("organization.invitation.revoked", { invitationId: revoked.invitationId }, { organizationId: org }),
    ]);
    await h.bus.idle();
    expect(
      (await accept({ token: revoked.token, password: "a good password", firstName: "R", lastName: "V" })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ rule: "invitation_revoked" });

    expect((await accept({ token: "made-up", password: "a good password" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses an acceptance past the membership limit with membership_limit, and tells organization (no success, no acceptance)", async () => {
    const full = await person(h, "full@invite.example.no");
    await h.bus.publish(
      [randomUUID(), randomUUID()].map((unit) =>
        makeEvent(
          "organization.membership.added",
          {
            membershipId: randomUUID(),
            userId: full.id,
            localAssociationId: unit,
            role: "peer_mentor",
            isPrimary: false,
          },
          { organizationId: org },
        ),
      ),
    );
    await h.bus.idle();
    const inv = await invite(full.email, { maxMembershipsPerUser: 2 });
    const refused = await accept({ token: inv.token });
    expect(refused.data?.acceptInvitation ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "membership_limit",
      field: "token",
    });
    const event = await events.waitFor(
      (e) => e.type === "identity.invitation.refused" && e.aggregateId === inv.invitationId,
    );
    expect(event).toMatchObject({
      organizationId: org,
      payload: { invitationId: inv.invitationId, userId: full.id, rule: "membership_limit" },
    });
    // Still open: with a membership fewer (or a higher limit) the same invitation can be accepted.
    expect((await accept({ token: inv.token })).errors?.[0]?.extensions?.rule).toBe("membership_limit");
  });
});

describe("identity: erasure of a user (issue 24 item 4)", () => {
  it("replaces the person's identifiers by a pseudonym, ends their sessions, publishes their null profile and redacts identity's kept events", async () => {
    const token = randomUUID().slice(0, 8);
    const email = `erase.${token}@invite.example.no`;
    const inv = await invite(email);
    const { userId } = dataOf(
      await accept({ token: inv.token, password: "my first password", firstName: `Eirik${token}`, lastName: "Slett" }),
    ).acceptInvitation;
    const requestId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "privacy.erasure.requested",
        { requestId, subjectType: "user", subjectId: userId },
        { organizationId: org, aggregateId: requestId },
      ),
    ]);
    const done = await events.waitFor((e) => e.type === "privacy.erasure.completed" && e.aggregateId === requestId);
    expect(done.payload).toEqual({ requestId, subgraph: "identity" });
    const nullProfile = await events.waitFor(
      (e) =>
        e.type === "identity.profile.changed" &&
        e.aggregateId === userId &&
        (e.payload as { profile: unknown }).profile === null,
    );
    expect(nullProfile.payload).toEqual({ userId, profile: null });
    const global = { userId: randomUUID(), role: "global_admin" as const, organizationId: null };
    const read = await h.call(`query($id: ID!) { user(id: $id) { displayName email } }`, { id: userId }, global);
    expect(read.data?.user).toEqual({ displayName: "Slettet person", email: `erased-${userId}@erased.invalid` });
    // Every text and JSON column of identity's database, the kept outbox included (the at-rest secrecy scan).
    for (const marker of [token, email]) expect((await columnsHolding(h, marker)).hits).toEqual([]);
    // The old address signs in to nothing (a failed sign-in is throttled and audited as any other).
    expect((await login(h, email, "my first password")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
