import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { LOCKED_OUT, LOGIN_FAILED } from "../src/application/login.js";
import { createSubgraph } from "../src/server.js";
import { asToken, login, loginOk, memberships, person, PASSWORD, type Person } from "./arrange.js";

let h: SubgraphHarness;
const org = randomUUID();
const la = randomUUID();
let kari: Person;
let ola: Person;
let nomember: Person;

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  kari = await person(h, "kari@login.example.no");
  ola = await person(h, "ola@login.example.no");
  nomember = await person(h, "nomember@login.example.no");
  await memberships(h, [
    { userId: kari.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
    { userId: ola.id, organizationId: org, localAssociationId: la, role: "coordinator", isPrimary: true },
  ]);
});

afterAll(() => h?.stop());

describe("identity: password login", () => {
  it("signs in and issues a verifiable access token with the active membership", async () => {
    const res = await login(h, "  KARI@login.example.no ");
    expect(res.errors).toBeUndefined();
    const p = res.data!.login;
    expect(p.user).toEqual({ id: kari.id, email: "kari@login.example.no" });
    expect(p.session).toMatchObject({ deviceName: "Kari's iPhone", platform: "ios", current: true });
    expect(p.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const viewer = await h.keys.verifier(p.accessToken);
    expect(viewer).toEqual({
      userId: kari.id,
      sessionId: p.session.id,
      organizationId: org,
      localAssociationId: la,
      role: "peer_mentor",
      language: "nb",
    });
    const ttl = new Date(p.accessTokenExpiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    const me = await asToken(
      h,
      p.accessToken,
      `{ me { id } myContext { organizationId localAssociationId role membershipId } }`,
    );
    expect(me.data).toMatchObject({
      me: { id: kari.id },
      myContext: { organizationId: org, localAssociationId: la, role: "peer_mentor" },
    });
  });

  it("signs in to the membership organization made primary last (organization.membership.primary_changed)", async () => {
    const p = await person(h, `primary-${randomUUID()}@nhf.example.no`);
    const org = randomUUID();
    const [first, second] = await memberships(h, [
      { userId: p.id, organizationId: org, localAssociationId: randomUUID(), role: "peer_mentor", isPrimary: true },
      { userId: p.id, organizationId: org, localAssociationId: randomUUID(), role: "coordinator" },
    ]);
    expect((await loginOk(h, p.email)).context.membershipId).toBe(first);
    const moved = (to: string, from: string) =>
      makeEvent(
        "organization.membership.primary_changed",
        {
          membershipId: to,
          userId: p.id,
          localAssociationId: randomUUID(),
          previousMembershipId: from,
          reason: "set_primary",
        },
        { organizationId: org, aggregateId: p.id },
      );
    await h.bus.publish([moved(second!, first!)]);
    await h.bus.idle();
    expect((await loginOk(h, p.email)).context).toMatchObject({ membershipId: second, role: "coordinator" });
    await h.bus.publish([moved(first!, second!)]);
    await h.bus.idle();
    expect((await loginOk(h, p.email)).context.membershipId).toBe(first);
  });

  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const wrong = await login(h, kari.email, "not the password");
    const unknown = await login(h, "nobody@login.example.no", "not the password");
    const noPassword = await login(h, nomember.email.replace("nomember", "nopw"), PASSWORD);
    for (const r of [wrong, unknown, noPassword]) {
      expect(r.data).toBeNull();
      expect(r.errors).toEqual([
        {
          message: LOGIN_FAILED,
          path: ["login"],
          locations: expect.any(Array),
          extensions: { code: "UNAUTHENTICATED" },
        },
      ]);
    }
  });

  it("locks an address after five failures in a row, even for the right password, and leaves others alone", async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(h, ola.email, `wrong-${i}-password`)).errors?.[0]?.message).toBe(LOGIN_FAILED);
    const locked = await login(h, ola.email, PASSWORD);
    expect(locked.errors?.[0]).toMatchObject({ message: LOCKED_OUT, extensions: { code: "UNAUTHENTICATED" } });
    // An unknown address locks the same way, so the lockout tells nothing either.
    for (let i = 0; i < 5; i++) await login(h, "ghost@login.example.no", `wrong-${i}-password`);
    expect((await login(h, "ghost@login.example.no", PASSWORD)).errors?.[0]?.message).toBe(LOCKED_OUT);
    expect((await login(h, kari.email)).errors).toBeUndefined();
  });

  it("refuses a user without any membership (identity never invents a tenant context)", async () => {
    const r = await login(h, nomember.email);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets the signed-in user change their password, given the current one", async () => {
    const p = await loginOk(h, kari.email);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }`;
    const bad = await asToken(h, p.accessToken, CHANGE, { c: "wrong password!", n: "another good password" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const short = await asToken(h, p.accessToken, CHANGE, { c: PASSWORD, n: "short" });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "password_length",
      field: "next",
    });
    expect((await asToken(h, p.accessToken, CHANGE, { c: PASSWORD, n: "another good password" })).data).toEqual({
      changePassword: true,
    });
    expect((await login(h, kari.email, PASSWORD)).errors?.[0]?.message).toBe(LOGIN_FAILED);
    expect((await login(h, kari.email, "another good password")).errors).toBeUndefined();
    const anonymous = await h.raw(CHANGE, { c: "x", n: "y" }, { signingSecret: h.signingSecret });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("throttles guesses at the current password too, so a stolen access token cannot find it", async () => {
    const per = await person(h, "per@login.example.no");
    await memberships(h, [
      { userId: per.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
    ]);
    const p = await loginOk(h, per.email);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }`;
    for (let i = 0; i < 5; i++)
      await asToken(h, p.accessToken, CHANGE, { c: `guess number ${i}`, n: "another good password" });
    const locked = await asToken(h, p.accessToken, CHANGE, { c: PASSWORD, n: "another good password" });
    expect(locked.errors?.[0]).toMatchObject({ message: LOCKED_OUT, extensions: { code: "UNAUTHENTICATED" } });
  });
});
