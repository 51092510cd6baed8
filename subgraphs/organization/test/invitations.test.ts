import { scopes } from "@meander/db";
import { createHash, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, INVITATION_TOPIC, type EventEnvelope } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { SYSTEM_ACTOR } from "../src/application/actor.js";
import { acceptInvitation } from "../src/application/invitations.js";
import { forgetExpiredInvitationAddresses } from "../src/application/invitation-address.js";
import { createLocalAssociation } from "../src/application/local-associations.js";
import { createOrganization } from "../src/application/organizations.js";
import { eventStore, invitations, organizationMemberships } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";

let h: SubgraphHarness;
const received: EventEnvelope[] = [];
const org = randomUUID();
const la: Record<string, string> = {};
const adminA = { userId: randomUUID(), organizationId: org, role: "org_admin" as const };

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { token invitation { id email role status expiresAt localAssociation { id } } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status revokedAt } }`;
const LIST = `query($la: ID!, $status: InvitationStatus) { invitations(localAssociationId: $la, status: $status) {
  id email status refusedReason membership { id role isPrimary } } }`;
const invite = (input: Record<string, unknown>, as: Parameters<SubgraphHarness["call"]>[2] = adminA) =>
  h.call(INVITE, { input }, as);
/** Publishes identity's acceptance; returns the event id (processed_events records it once the consumer is done). */
const accept = async (inv: { id: string; email: string }, userId: string) => {
  const event = makeEvent(
    "identity.invitation.accepted",
    { invitationId: inv.id, userId, localAssociationId: la.oslo!, role: "peer_mentor" },
    { organizationId: org, aggregateId: inv.id },
  );
  await h.bus.publish([event]);
  return event.id;
};
const processed = async (eventId: string) =>
  (await h.db.select().from(eventStore.processedEvents).where(eq(eventStore.processedEvents.eventId, eventId))).length >
  0;
const membershipsOf = (userId: string) =>
  h.db.select().from(organizationMemberships).where(eq(organizationMemberships.userId, userId));
const invitationRow = async (id: string) => (await h.db.select().from(invitations).where(eq(invitations.id, id)))[0]!;
/** Issue 24 item 2: the kept outbox rows (replayed by the embedded start) that still hold a text. */
const outboxHolding = async (text: string) =>
  (await h.db.select().from(eventStore.outbox))
    .filter((r) => JSON.stringify(r.payload).toLowerCase().includes(text.toLowerCase()))
    .map((r) => r.type);
/** The invitation's address is forgotten: its null on the invitations topic, and no kept outbox row holds it. */
const addressForgotten = async (id: string, email: string) => {
  await waitForEvent(() =>
    expect(
      received.find(
        (e) =>
          e.type === "organization.invitation.address_changed" &&
          e.aggregateId === id &&
          (e.payload as { email: unknown }).email === null,
      ),
    ).toBeDefined(),
  );
  expect(await outboxHolding(email)).toEqual([]);
};

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  await h.bus.subscribe({
    group: "probe",
    topics: ["meander.organization", INVITATION_TOPIC],
    handler: async (e) => void received.push(e),
  });
  const uow = createUnitOfWork(h.db, eventStore);
  await createOrganization(uow, SYSTEM_ACTOR, {
    id: org,
    name: "Norges Handikapforbund",
    shortName: "NHF",
    maxMembershipsPerUser: 5,
  });
  la.oslo = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: org, name: "NHF Oslo" })).id;
  la.bergen = (await createLocalAssociation(uow, SYSTEM_ACTOR, { organizationId: org, name: "NHF Bergen" })).id;
});

afterAll(() => h?.stop());

describe("organization: invitations", () => {
  it("creates an invitation with a single-use token, stores only its sha256 and emits organization.invitation.created", async () => {
    const before = Date.now();
    const r = await invite({ email: " Kari@Example.no ", localAssociationId: la.oslo, role: "PEER_MENTOR" });
    expect(r.errors).toBeUndefined();
    const { token, invitation } = r.data!.inviteMember;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation).toMatchObject({
      email: "Kari@Example.no",
      role: "PEER_MENTOR",
      status: "OPEN",
      localAssociation: { id: la.oslo },
    });
    // invitation_expiry: 7 days by default.
    const expiresIn = new Date(invitation.expiresAt).getTime() - before;
    expect(Math.abs(expiresIn - 7 * 24 * 3600 * 1000)).toBeLessThan(60_000);
    const row = await invitationRow(invitation.id);
    const hash = createHash("sha256").update(token).digest("hex");
    expect(row.tokenHash).toBe(hash);
    expect(JSON.stringify(row)).not.toContain(token);
    await waitForEvent(() =>
      expect(
        received.find(
          (e) =>
            e.type === "organization.invitation.created" &&
            (e.payload as { invitationId: string }).invitationId === invitation.id,
        ),
      ).toMatchObject({
        organizationId: org,
        actorId: adminA.userId,
        version: 2,
        payload: {
          localAssociationId: la.oslo,
          role: "peer_mentor",
          tokenHash: hash,
          expiresAt: row.expiresAt.toISOString(),
          maxMembershipsPerUser: 5,
        },
      }),
    );
    // Ids only in the kept event (issue 24 item 2); the address travels on the compacted invitations topic.
    const created = received.find(
      (e) => e.type === "organization.invitation.created" && e.aggregateId === invitation.id,
    )!;
    expect(JSON.stringify(created.payload)).not.toContain("Kari");
    await waitForEvent(() =>
      expect(
        received.find((e) => e.type === "organization.invitation.address_changed" && e.aggregateId === invitation.id),
      ).toMatchObject({
        organizationId: org,
        payload: { invitationId: invitation.id, email: "Kari@Example.no" },
      }),
    );
  });

  it("names the invitation rules (invitation_permission, role_grant, email_format, invitation_expiry)", async () => {
    const coordinator = {
      userId: randomUUID(),
      organizationId: org,
      localAssociationId: la.oslo!,
      role: "coordinator" as const,
    };
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" }, coordinator)).errors,
    ).toBeUndefined();
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "COORDINATOR" }, coordinator))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: "FORBIDDEN", rule: "invitation_permission", field: "role" });
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.bergen, role: "PEER_MENTOR" }, coordinator))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: "FORBIDDEN", rule: "invitation_permission", field: "localAssociationId" });
    const mentor = {
      userId: randomUUID(),
      organizationId: org,
      localAssociationId: la.oslo!,
      role: "peer_mentor" as const,
    };
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" }, mentor)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "GLOBAL_ADMIN" })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: "FORBIDDEN", rule: "role_grant" });
    expect(
      (await invite({ email: "per@", localAssociationId: la.oslo, role: "PEER_MENTOR" })).errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", rule: "email_format", field: "email" });
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR", expiresInDays: 31 }))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", rule: "invitation_expiry", field: "expiresInDays" });
    const two = await invite({ email: "per@", localAssociationId: la.oslo, role: "PEER_MENTOR", expiresInDays: 31 });
    expect((two.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "email_format",
      "invitation_expiry",
    ]);
    const otherAdmin = { userId: randomUUID(), organizationId: randomUUID(), role: "org_admin" as const };
    expect(
      (await invite({ email: "per@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" }, otherAdmin))
        .errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("creates one membership when an invitation is accepted twice, and marks the invitation used", async () => {
    const inv = (await invite({ email: "ola@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" })).data
      ?.inviteMember.invitation;
    const ola = randomUUID();
    await accept(inv, ola);
    const second = await accept(inv, ola);
    await waitForEvent(async () => expect((await invitationRow(inv.id)).status).toBe("used"));
    // Let the second acceptance pass the consumer too (recorded as processed), then count.
    await waitForEvent(async () => expect(await processed(second)).toBe(true));
    await waitForEvent(() =>
      expect(
        received.filter(
          (e) => e.type === "organization.membership.added" && (e.payload as { userId: string }).userId === ola,
        ),
      ).toHaveLength(1),
    );
    const rows = await membershipsOf(ola);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ localAssociationId: la.oslo, role: "peer_mentor", isPrimary: true });
    expect(
      received.filter(
        (e) => e.type === "organization.membership.added" && (e.payload as { userId: string }).userId === ola,
      ),
    ).toHaveLength(1);
    // However late a further acceptance arrives, it is a duplicate.
    const again = await createUnitOfWork(h.db, eventStore).run(scopes.platform(), (tx, events) =>
      acceptInvitation(tx, events, { warn: () => {} }, { invitationId: inv.id, userId: ola, occurredAt: new Date() }),
    );
    expect(again).toEqual({ outcome: "duplicate" });
    expect(await membershipsOf(ola)).toHaveLength(1);
    // Someone else presenting the used invitation gets nothing (invitation_open: used, single use).
    const eve = randomUUID();
    const stolen = await accept(inv, eve);
    await waitForEvent(async () => expect(await processed(stolen)).toBe(true));
    expect(await membershipsOf(eve)).toHaveLength(0);
    expect((await invitationRow(inv.id)).refusedReason).toBe("invitation_open: used");
    const used = await h.call(LIST, { la: la.oslo, status: "USED" }, adminA);
    expect(used.data?.invitations).toEqual([
      {
        id: inv.id,
        email: "ola@example.no",
        status: "USED",
        refusedReason: "invitation_open: used",
        membership: { id: rows[0]!.id, role: "PEER_MENTOR", isPrimary: true },
      },
    ]);
    // Used: the address leaves the kept logs (organization's list above still shows it).
    await addressForgotten(inv.id, "ola@example.no");
  });

  it("refuses an expired invitation's acceptance: no membership, the reason recorded (invitation_open)", async () => {
    const inv = (
      await invite({ email: "siri@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR", expiresInDays: 1 })
    ).data?.inviteMember.invitation;
    await h.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, inv.id));
    const siri = randomUUID();
    await accept(inv, siri);
    await waitForEvent(async () =>
      expect((await invitationRow(inv.id)).refusedReason).toBe("invitation_open: expired"),
    );
    expect(await membershipsOf(siri)).toHaveLength(0);
    const expired = await h.call(LIST, { la: la.oslo, status: "EXPIRED" }, adminA);
    expect(expired.data?.invitations).toEqual([
      {
        id: inv.id,
        email: "siri@example.no",
        status: "EXPIRED",
        refusedReason: "invitation_open: expired",
        membership: null,
      },
    ]);
    // The expiry job forgets the address of expired invitations; a second run finds nothing left of it.
    const uow = createUnitOfWork(h.db, eventStore);
    expect(await forgetExpiredInvitationAddresses(uow)).toBeGreaterThanOrEqual(1);
    await addressForgotten(inv.id, "siri@example.no");
    expect(await forgetExpiredInvitationAddresses(uow)).toBe(0);
  });

  it("records identity's refusal of an acceptance (membership_limit) on the invitation for the inviter; it stays open", async () => {
    const inv = (await invite({ email: "full@example.no", localAssociationId: la.bergen, role: "PEER_MENTOR" })).data
      ?.inviteMember.invitation;
    const full = randomUUID();
    await h.bus.publish([
      makeEvent(
        "identity.invitation.refused",
        { invitationId: inv.id, userId: full, rule: "membership_limit" },
        { organizationId: org, aggregateId: inv.id },
      ),
    ]);
    await waitForEvent(async () => expect((await invitationRow(inv.id)).refusedReason).toBe("membership_limit"));
    // The inviter is named for engagement, which tells them (ids only).
    await waitForEvent(() =>
      expect(
        received.find((e) => e.type === "organization.invitation.refused" && e.aggregateId === inv.id),
      ).toMatchObject({
        organizationId: org,
        payload: {
          invitationId: inv.id,
          invitedBy: adminA.userId,
          userId: full,
          localAssociationId: la.bergen,
          rule: "membership_limit",
        },
      }),
    );
    const open = await h.call(LIST, { la: la.bergen, status: "OPEN" }, adminA);
    expect(open.data?.invitations).toEqual([
      { id: inv.id, email: "full@example.no", status: "OPEN", refusedReason: "membership_limit", membership: null },
    ]);
    expect(await membershipsOf(full)).toHaveLength(0);
  });

  it("revokes an open invitation with organization.invitation.revoked; a revoked one is neither revoked again nor accepted", async () => {
    const inv = (await invite({ email: "nils@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" })).data
      ?.inviteMember.invitation;
    const r = await h.call(REVOKE, { id: inv.id }, adminA);
    expect(r.data?.revokeInvitation).toMatchObject({ id: inv.id, status: "REVOKED" });
    await waitForEvent(() =>
      expect(
        received.find((e) => e.type === "organization.invitation.revoked" && e.aggregateId === inv.id),
      ).toMatchObject({ organizationId: org, payload: { invitationId: inv.id } }),
    );
    expect((await h.call(REVOKE, { id: inv.id }, adminA)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "invitation_open",
    });
    await addressForgotten(inv.id, "nils@example.no");
    const nils = randomUUID();
    await accept(inv, nils);
    await waitForEvent(async () =>
      expect((await invitationRow(inv.id)).refusedReason).toBe("invitation_open: revoked"),
    );
    expect(await membershipsOf(nils)).toHaveLength(0);
    const open = await h.call(LIST, { la: la.oslo, status: "OPEN" }, adminA);
    expect(open.data?.invitations.map((i: { email: string }) => i.email).sort()).toEqual([
      "Kari@Example.no",
      "per@example.no",
    ]);
    const rows = await h.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.localAssociationId, la.oslo!), eq(invitations.status, "revoked")));
    expect(rows).toHaveLength(1);
  });
});

describe("organization: erasure of a user (issue 24 item 4)", () => {
  it("starts at once for a member; organization's own part removes the e-mail of the invitations they accepted", async () => {
    const userId = randomUUID();
    const invited = (await invite({ email: "slett.meg@example.no", localAssociationId: la.oslo, role: "PEER_MENTOR" }))
      .data!.inviteMember.invitation;
    const eventId = await accept(invited, userId);
    await waitForEvent(async () => expect(await processed(eventId)).toBe(true));
    const REQUEST = `mutation($input: RequestErasureInput!) { requestErasure(input: $input) { subjectType subjectId reason status needsConfirmation } }`;
    const r = await h.call(REQUEST, { input: { subject: { userId }, reason: "CONSENT_WITHDRAWN" } }, adminA);
    expect(r.data?.requestErasure).toEqual({
      subjectType: "USER",
      subjectId: userId,
      reason: "CONSENT_WITHDRAWN",
      status: "IN_PROGRESS",
      needsConfirmation: false,
    });
    const listed = (await h.call(LIST, { la: la.oslo }, adminA)).data!.invitations.find(
      (i: { id: string }) => i.id === invited.id,
    );
    expect(listed).toMatchObject({ email: `erased-${userId}@erased.invalid`, status: "USED" });
    expect(JSON.stringify(await invitationRow(invited.id))).not.toContain("slett.meg");
    await addressForgotten(invited.id, "slett.meg@example.no");
  });
});
