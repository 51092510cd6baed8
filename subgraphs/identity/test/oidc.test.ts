import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { NO_ACCOUNT } from "../src/application/oidc.js";
import { oidcStates, userIdentities } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { AUTH_FIELDS, memberships, person, type AuthPayload, type Person } from "./arrange.js";
import { startLoopbackProvider, type LoopbackProvider } from "./loopback-oidc.js";

const REDIRECT = "https://app.meander.example/auth/callback";
let op: LoopbackProvider;
let h: SubgraphHarness;
let kari: Person;
const org = randomUUID();
const la = randomUUID();

beforeAll(async () => {
  op = await startLoopbackProvider(REDIRECT, {
    "bankid-kari": { email: "Kari@oidc.example.no", email_verified: true },
    "bankid-stranger": { email: "stranger@oidc.example.no", email_verified: true },
    "bankid-unverified": { email: "ola@oidc.example.no", email_verified: false },
  });
  h = await startSubgraph((deps) =>
    createSubgraph(deps, {
      oidcProviders: [
        {
          name: "bankid",
          issuer: op.issuer,
          clientId: op.clientId,
          clientSecret: op.clientSecret,
          redirectUri: REDIRECT,
          allowInsecureRequests: true,
        },
      ],
    }),
  );
  kari = await person(h, "kari@oidc.example.no", null);
  const ola = await person(h, "ola@oidc.example.no", null);
  await memberships(h, [
    { userId: kari.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
    { userId: ola.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
  ]);
});

afterAll(async () => {
  await h?.stop();
  await op?.close();
});

const anon = <D = Record<string, any>>(q: string, v: Record<string, unknown>) =>
  h.raw<D>(q, v, { signingSecret: h.signingSecret });
const START = `mutation($p: String!) { oidcStart(provider: $p) { authorizationUrl state } }`;
const CALLBACK = `mutation($i: OidcCallbackInput!) { oidcCallback(input: $i) { ${AUTH_FIELDS} } }`;
const device = { name: "Kari's Pixel", platform: "android" };

async function start(account: string) {
  const { oidcStart } = dataOf(
    await anon<{ oidcStart: { authorizationUrl: string; state: string } }>(START, { p: "bankid" }),
  );
  op.signInAs(account);
  return { ...oidcStart, url: new URL(oidcStart.authorizationUrl) };
}

describe("identity: OpenID Connect login", () => {
  it("starts an authorization-code flow with PKCE, state and nonce", async () => {
    const s = await start("bankid-kari");
    expect(s.url.origin).toBe(op.issuer);
    expect(Object.fromEntries(s.url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: op.clientId,
      redirect_uri: REDIRECT,
      state: s.state,
      code_challenge_method: "S256",
    });
    expect(s.url.searchParams.get("nonce")).toBeTruthy();
    expect(s.url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await anon(START, { p: "nope" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("signs an existing user in end to end against a real provider, links the identity, and refuses a replay", async () => {
    const s = await start("bankid-kari");
    const callbackUrl = await op.authorize(s.authorizationUrl);
    expect(new URL(callbackUrl).searchParams.get("code")).toBeTruthy();
    const res = await anon<{ oidcCallback: AuthPayload }>(CALLBACK, { i: { provider: "bankid", callbackUrl, device } });
    const p = dataOf(res).oidcCallback;
    expect(p.user).toEqual({ id: kari.id, email: kari.email });
    expect(await h.keys.verifier(p.accessToken)).toMatchObject({
      userId: kari.id,
      sessionId: p.session.id,
      organizationId: org,
      role: "peer_mentor",
    });
    const links = await h.db.select().from(userIdentities).where(eq(userIdentities.userId, kari.id));
    expect(links).toEqual([expect.objectContaining({ provider: "bankid", subject: "bankid-kari" })]);
    // The state is single use: the same answer cannot open a second session.
    expect(
      (await anon(CALLBACK, { i: { provider: "bankid", callbackUrl, device } })).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
    // Once linked, the subject alone finds the user (code and state given separately this time).
    const again = await start("bankid-kari");
    const u = new URL(await op.authorize(again.authorizationUrl));
    const second = await anon<{ oidcCallback: AuthPayload }>(CALLBACK, {
      i: {
        provider: "bankid",
        code: u.searchParams.get("code"),
        state: u.searchParams.get("state"),
        iss: u.searchParams.get("iss"),
        device,
      },
    });
    expect(dataOf(second).oidcCallback.user.id).toBe(kari.id);
  });

  it("never creates an account: an unknown identity, or an unverified e-mail, is refused", async () => {
    for (const account of ["bankid-stranger", "bankid-unverified"]) {
      const s = await start(account);
      const callbackUrl = await op.authorize(s.authorizationUrl);
      const r = await anon(CALLBACK, { i: { provider: "bankid", callbackUrl, device } });
      expect(r.errors?.[0], account).toMatchObject({ message: NO_ACCOUNT, extensions: { code: "UNAUTHENTICATED" } });
    }
  });

  it("refuses a wrong state", async () => {
    const s = await start("bankid-kari");
    const callbackUrl = new URL(await op.authorize(s.authorizationUrl));
    callbackUrl.searchParams.set("state", "forged-state");
    const r = await anon(CALLBACK, { i: { provider: "bankid", callbackUrl: callbackUrl.href, device } });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A state started for another login does not fit this code either (PKCE and nonce belong to the other one).
    const other = await start("bankid-kari");
    callbackUrl.searchParams.set("state", other.state);
    expect(
      (await anon(CALLBACK, { i: { provider: "bankid", callbackUrl: callbackUrl.href, device } })).errors?.[0]
        ?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("refuses an ID token whose nonce is not the one stored for the state", async () => {
    const s = await start("bankid-kari");
    const callbackUrl = await op.authorize(s.authorizationUrl);
    await h.db.update(oidcStates).set({ nonce: "not-the-nonce-the-provider-saw" }).where(eq(oidcStates.state, s.state));
    const r = await anon(CALLBACK, { i: { provider: "bankid", callbackUrl, device } });
    expect(r.errors?.[0]).toMatchObject({
      message: "The sign-in provider's answer could not be verified",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
