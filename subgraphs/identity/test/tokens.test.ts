import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, signAccessToken } from "@meander/auth";
import { startSubgraph, TEST_TOKEN_SETTINGS, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { asToken, loginOk, memberships, person, type AuthPayload, type Person } from "./arrange.js";

let h: SubgraphHarness;
let kari: Person;
let good: AuthPayload;
const org = randomUUID();
const la = randomUUID();

beforeAll(async () => {
  h = await startSubgraph(createSubgraph);
  kari = await person(h, "kari@tokens.example.no");
  await memberships(h, [
    { userId: kari.id, organizationId: org, localAssociationId: la, role: "peer_mentor", isPrimary: true },
  ]);
  good = await loginOk(h, kari.email);
});

afterAll(() => h?.stop());

const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString("base64url");
const parts = (t: string) => t.split(".") as [string, string, string];
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;

describe("identity: token attacks", () => {
  it("accepts the genuine token (the control)", async () => {
    const r = await asToken(h, good.accessToken, `{ me { id } mySessions { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.me).toEqual({ id: kari.id });
  });

  it("answers 401 UNAUTHENTICATED to every forged, stale or misdirected token", async () => {
    const [header, payload, signature] = parts(good.accessToken);
    const claims = decode(payload);
    const claimsFor = { sub: kari.id, sid: good.session.id, org, la, role: "peer_mentor" as const };
    const hs256 = (() => {
      const h64 = b64({ alg: "HS256", typ: "at+jwt", kid: h.keys.key.kid });
      const p64 = b64(claims);
      const mac = createHmac("sha256", JSON.stringify(h.keys.key.publicJwk))
        .update(`${h64}.${p64}`)
        .digest("base64url");
      return `${h64}.${p64}.${mac}`;
    })();
    const foreign = await generateSigningKey(`attacker-${randomUUID()}`);
    const attacks: Record<string, string> = {
      "alg none": `${b64({ alg: "none", typ: "at+jwt" })}.${payload}.`,
      "HS256 keyed with the public key": hs256,
      expired: await signAccessToken(h.keys.key, claimsFor, {
        ...TEST_TOKEN_SETTINGS,
        now: new Date(Date.now() - 3600_000),
      }),
      "wrong audience": await signAccessToken(h.keys.key, claimsFor, {
        ...TEST_TOKEN_SETTINGS,
        audience: "someone-else",
      }),
      "wrong issuer": await signAccessToken(h.keys.key, claimsFor, {
        ...TEST_TOKEN_SETTINGS,
        issuer: "https://evil.example",
      }),
      "refresh token as access token": good.refreshToken,
      "unknown kid": await signAccessToken(foreign.key, claimsFor, TEST_TOKEN_SETTINGS),
      "tampered payload": `${header}.${b64({ ...claims, role: "global_admin", org: null })}.${signature}`,
      "wrong typ": `${b64({ ...decode(header), typ: "JWT" })}.${payload}.${signature}`,
    };
    for (const [name, token] of Object.entries(attacks)) {
      const r = await asToken(h, token, `{ me { id } }`);
      expect(r.status, name).toBe(401);
      expect(r.errors?.[0]?.extensions?.code, name).toBe("UNAUTHENTICATED");
      expect(r.data ?? null, name).toBeNull();
    }
  });

  it("refuses a valid token of a revoked session on sensitive operations", async () => {
    const p = await loginOk(h, kari.email);
    await asToken(h, p.accessToken, `mutation { logout }`);
    for (const q of [
      `{ mySessions { id } }`,
      `mutation { switchContext(membershipId: "${randomUUID()}") { accessToken } }`,
      `mutation { changePassword(current: "x", next: "yyyyyyyyyyyy") }`,
      `{ me { id } }`,
    ]) {
      expect((await asToken(h, p.accessToken, q)).errors?.[0]?.extensions?.code, q).toBe("UNAUTHENTICATED");
    }
    // A token with a session identity never issued is refused on the sensitive ones too.
    const minted = await h.keys.mint({
      userId: kari.id,
      organizationId: org,
      localAssociationId: la,
      role: "peer_mentor",
    });
    expect((await asToken(h, minted, `{ mySessions { id } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets anonymous callers reach only login, refreshSession and the OIDC pair", async () => {
    const anon = (q: string) => h.raw(q, {}, { signingSecret: h.signingSecret });
    for (const q of [
      `{ mySessions { id } }`,
      `{ myContext { role } }`,
      `{ myMemberships { role } }`,
      `mutation { logout }`,
      `mutation { revokeSession(id: "${good.session.id}") { id } }`,
      `mutation { revokeUserSessions(userId: "${kari.id}") }`,
    ]) {
      expect((await anon(q)).errors?.[0]?.extensions?.code, q).toBe("UNAUTHENTICATED");
    }
    expect((await anon(`mutation { refreshSession(refreshToken: "x") { accessToken } }`)).errors?.[0]?.message).toBe(
      "Invalid or expired refresh token",
    );
  });
});

describe("identity: JWKS", () => {
  it("publishes every signing key's public part with its kid over HTTP, and nothing private", async () => {
    const res = await fetch(h.url.replace("/graphql", "/.well-known/jwks.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("json");
    const jwks = (await res.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toEqual([h.keys.key.publicJwk]);
    expect(jwks.keys[0]).toMatchObject({ kid: h.keys.key.kid, alg: "EdDSA", kty: "OKP", crv: "Ed25519", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    expect(decode(parts(good.accessToken)[0]).kid).toBe(h.keys.key.kid);
  });

  it("signs with the first key and publishes the next one during rotation", async () => {
    const next = await generateSigningKey(`next-${randomUUID()}`);
    const rotating = await startSubgraph((deps) =>
      createSubgraph({ ...deps, signingKeys: [deps.signingKeys![0]!, next.key] }),
    );
    try {
      const jwks = (await (await fetch(rotating.url.replace("/graphql", "/.well-known/jwks.json"))).json()) as {
        keys: Array<{ kid: string }>;
      };
      expect(jwks.keys.map((k) => k.kid)).toEqual([rotating.keys.key.kid, next.key.kid]);
    } finally {
      await rotating.stop();
    }
  });
});
