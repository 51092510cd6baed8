import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { REFRESH_RACE_GRACE_MS } from "../src/domain/session.js";
import { createSubgraph } from "../src/server.js";
import { asToken, loginOk, memberships, person, probe, refresh, type Person } from "./arrange.js";

let h: SubgraphHarness;
let events: Awaited<ReturnType<typeof probe>>;
const orgA = randomUUID();
const orgB = randomUUID();
const la = randomUUID();
let kari: Person;
let admin: Person;
let otherAdmin: Person;
let globalAdmin: Person;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  events = await probe(h);
  kari = await person(h, "kari@sessions.example.no");
  admin = await person(h, "admin@sessions.example.no");
  otherAdmin = await person(h, "admin@other.example.no");
  globalAdmin = await person(h, "global@platform.example.no");
  await memberships(h, [
    { userId: kari.id, organizationId: orgA, localAssociationId: la, role: "peer_mentor", isPrimary: true },
    { userId: admin.id, organizationId: orgA, localAssociationId: la, role: "org_admin", isPrimary: true },
    {
      userId: otherAdmin.id,
      organizationId: orgB,
      localAssociationId: randomUUID(),
      role: "org_admin",
      isPrimary: true,
    },
    {
      userId: globalAdmin.id,
      organizationId: orgB,
      localAssociationId: randomUUID(),
      role: "global_admin",
      isPrimary: true,
    },
  ]);
});

afterAll(async () => {
  await events?.stop();
  await h?.stop();
});

const SESSIONS = `{ mySessions { id deviceName platform ip lastUsedAt current revokedAt revokeReason } }`;
const revokedEvent = (sessionId: string, reason: string) => (e: { type: string; payload: unknown }) =>
  e.type === "identity.session.revoked" &&
  (e.payload as { sessionId: string; reason: string }).sessionId === sessionId &&
  (e.payload as { reason: string }).reason === reason;

describe("identity: refresh tokens", () => {
  it("rotates: a refresh gives a new pair in the same session and spends the old token", async () => {
    const first = await loginOk(h, kari.email);
    const second = dataOf(await refresh(h, first.refreshToken)).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.session.id).toBe(first.session.id);
    expect((await h.keys.verifier(second.accessToken)).sessionId).toBe(first.session.id);
    expect((await refresh(h, first.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const third = dataOf(await refresh(h, second.refreshToken)).refreshSession;
    expect(third.session.id).toBe(first.session.id);
    expect((await refresh(h, "not-a-token")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes the whole session when a used refresh token comes back, and says so on the bus", async () => {
    const first = await loginOk(h, kari.email);
    const second = dataOf(await refresh(h, first.refreshToken)).refreshSession;
    await new Promise((r) => setTimeout(r, REFRESH_RACE_GRACE_MS + 200));
    const reuse = await refresh(h, first.refreshToken);
    expect(reuse.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The thief's replay took the legitimate holder's session down with it: the newest token is dead too.
    expect((await refresh(h, second.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const mine = await asToken(h, second.accessToken, SESSIONS);
    expect(mine.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const event = await events.waitFor(revokedEvent(first.session.id, "refresh_token_reuse"));
    expect(event.payload).toMatchObject({ userId: kari.id });
    expect(new Date((event.payload as { expiresAt: string }).expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 14 * 60_000,
    );
  });

  it("lets exactly one of two concurrent refreshes with the same token win, and the winner carries on", async () => {
    for (let round = 0; round < 3; round++) {
      const p = await loginOk(h, kari.email);
      const results = await Promise.all([refresh(h, p.refreshToken), refresh(h, p.refreshToken)]);
      const winners = results.filter((r) => r.data?.refreshSession);
      expect(winners).toHaveLength(1);
      expect(results.find((r) => !r.data)?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await refresh(h, winners[0]!.data!.refreshSession.refreshToken)).errors).toBeUndefined();
    }
  });
});

describe("identity: sessions", () => {
  it("lists the caller's sessions with device, platform and the current flag, and revokes one of them", async () => {
    const phone = await loginOk(h, admin.email);
    const laptop = await loginOk(h, admin.email);
    const list = dataOf(
      await asToken<{
        mySessions: Array<{ id: string; current: boolean; deviceName: string; platform: string; lastUsedAt: string }>;
      }>(h, phone.accessToken, SESSIONS),
    ).mySessions;
    expect(list.map((s) => s.id).sort()).toEqual([phone.session.id, laptop.session.id].sort());
    expect(list.find((s) => s.current)?.id).toBe(phone.session.id);
    expect(list[0]).toMatchObject({ deviceName: "Kari's iPhone", platform: "ios", lastUsedAt: expect.any(String) });

    const REVOKE = `mutation($id: ID!) { revokeSession(id: $id) { id revokedAt revokeReason } }`;
    const revoked = dataOf(
      await asToken<{ revokeSession: { revokeReason: string; revokedAt: string } }>(h, phone.accessToken, REVOKE, {
        id: laptop.session.id,
      }),
    );
    expect(revoked.revokeSession).toMatchObject({ revokeReason: "revoked_by_user", revokedAt: expect.any(String) });
    expect((await refresh(h, laptop.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await asToken(h, laptop.accessToken, SESSIONS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await events.waitFor(revokedEvent(laptop.session.id, "revoked_by_user"));
    // Someone else's session id is as unknown as a made-up one.
    const kariSession = await loginOk(h, kari.email);
    expect(
      (await asToken(h, phone.accessToken, REVOKE, { id: kariSession.session.id })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await refresh(h, kariSession.refreshToken)).errors).toBeUndefined();
  });

  it("logs out: the session is revoked, its tokens refused on sensitive operations, and the event published", async () => {
    const p = await loginOk(h, kari.email);
    expect(dataOf(await asToken(h, p.accessToken, `mutation { logout }`))).toEqual({ logout: true });
    for (const q of [
      SESSIONS,
      `{ me { id } }`,
      `{ myContext { role } }`,
      `mutation { switchContext(membershipId: "${randomUUID()}") { accessToken } }`,
      `mutation { changePassword(current: "a", next: "bbbbbbbbbbbb") }`,
    ]) {
      const r = await asToken(h, p.accessToken, q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe("UNAUTHENTICATED");
    }
    expect((await refresh(h, p.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await events.waitFor(revokedEvent(p.session.id, "logout"));
  });

  it("lets an organization administrator revoke all of a member's sessions, and no one else", async () => {
    const a = await loginOk(h, kari.email);
    const b = await loginOk(h, kari.email);
    const adminP = await loginOk(h, admin.email);
    const other = await loginOk(h, otherAdmin.email);
    const REVOKE_ALL = `mutation($u: ID!) { revokeUserSessions(userId: $u) }`;
    expect((await asToken(h, other.accessToken, REVOKE_ALL, { u: kari.id })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await asToken(h, a.accessToken, REVOKE_ALL, { u: admin.id })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const res = dataOf(
      await asToken<{ revokeUserSessions: number }>(h, adminP.accessToken, REVOKE_ALL, { u: kari.id }),
    );
    expect(res.revokeUserSessions).toBeGreaterThanOrEqual(2);
    for (const p of [a, b]) {
      expect((await refresh(h, p.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      await events.waitFor(revokedEvent(p.session.id, "revoked_by_admin"));
    }
    const adminNext = dataOf(await refresh(h, adminP.refreshToken)).refreshSession;
    // A global administrator acts outside any tenant and may revoke anyone's sessions.
    const global = await loginOk(h, globalAdmin.email);
    expect(await h.keys.verifier(global.accessToken)).toMatchObject({
      organizationId: null,
      localAssociationId: null,
      role: "global_admin",
    });
    expect(
      dataOf(await asToken(h, global.accessToken, REVOKE_ALL, { u: admin.id })).revokeUserSessions,
    ).toBeGreaterThanOrEqual(1);
    const afterRevoke = await refresh(h, adminNext.refreshToken);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(afterRevoke.errors?.[0]?.message).toBe("Invalid or expired refresh token");
  });
});
