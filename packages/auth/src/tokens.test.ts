import { randomUUID } from "node:crypto";
import { base64url, exportJWK, generateKeyPair, SignJWT } from "jose";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTokenVerifier, generateSigningKey, signAccessToken } from "./tokens.js";

const settings = { issuer: "meander-identity", audience: "meander" };
const claims = { sub: randomUUID(), sid: randomUUID(), org: randomUUID(), la: null, role: "coordinator" as const };

async function setup() {
  const { key } = await generateSigningKey("k1");
  const verify = createTokenVerifier({ keys: [key.publicJwk] }, settings);
  return { key, verify };
}

describe("access tokens", () => {
  it("verifies a token and builds the viewer", async () => {
    const { key, verify } = await setup();
    const viewer = await verify(await signAccessToken(key, claims, settings));
    expect(viewer).toEqual({
      userId: claims.sub,
      sessionId: claims.sid,
      organizationId: claims.org,
      localAssociationId: null,
      role: "coordinator",
    });
    // The user's language setting rides along as the lang claim; a language the catalog does not speak is ignored.
    expect((await verify(await signAccessToken(key, { ...claims, lang: "nn" }, settings))).language).toBe("nn");
    expect(await verify(await signAccessToken(key, { ...claims, lang: "de" }, settings))).not.toHaveProperty(
      "language",
    );
  });

  it("refuses expired tokens, wrong audience or issuer, and unknown keys", async () => {
    const { key, verify } = await setup();
    const past = new Date(Date.now() - 3600_000);
    await expect(
      verify(await signAccessToken(key, claims, { ...settings, ttlSeconds: 60, now: past })),
    ).rejects.toThrow();
    await expect(verify(await signAccessToken(key, claims, { ...settings, audience: "other" }))).rejects.toThrow();
    await expect(verify(await signAccessToken(key, claims, { ...settings, issuer: "evil" }))).rejects.toThrow();
    const { key: stranger } = await generateSigningKey("k2");
    await expect(verify(await signAccessToken(stranger, claims, settings))).rejects.toThrow();
  });

  it("refuses alg none, HS256 signed with the public key, a wrong typ and a tampered payload", async () => {
    const { key, verify } = await setup();
    const header = (h: object) => base64url.encode(JSON.stringify(h));
    const payload = base64url.encode(
      JSON.stringify({ ...claims, iss: settings.issuer, aud: settings.audience, iat: 1, exp: 9999999999 }),
    );
    await expect(verify(`${header({ alg: "none", typ: "at+jwt" })}.${payload}.`)).rejects.toThrow();
    const hmacKey = new TextEncoder().encode(JSON.stringify(key.publicJwk));
    const hs = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt", kid: "k1" })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(hmacKey);
    await expect(verify(hs)).rejects.toThrow();
    const notAccess = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "EdDSA", typ: "JWT", kid: "k1" })
      .setSubject(claims.sub)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key.privateKey);
    await expect(verify(notAccess)).rejects.toThrow();
    const good = await signAccessToken(key, claims, settings);
    const [h, , s] = good.split(".");
    const forged = base64url.encode(
      JSON.stringify({
        ...claims,
        role: "global_admin",
        iss: settings.issuer,
        aud: settings.audience,
        iat: 1,
        exp: 9999999999,
      }),
    );
    await expect(verify(`${h}.${forged}.${s}`)).rejects.toThrow();
  });

  it("refuses a signed token whose user, organization or local association is not an id (it would fail in SQL instead)", async () => {
    const { key, verify } = await setup();
    for (const bad of [
      { sub: "kari" },
      { org: "nhf" },
      { la: "'; drop table activities; --" },
      { la: 42 as unknown as string },
    ]) {
      await expect(verify(await signAccessToken(key, { ...claims, ...bad }, settings))).rejects.toThrow(
        /not (a user id|an id)/,
      );
    }
    expect(
      (await verify(await signAccessToken(key, { ...claims, la: randomUUID() }, settings))).localAssociationId,
    ).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe("verified tokens are remembered (the same token arrives with every request, at the gateway and each subgraph)", () => {
    afterEach(() => vi.useRealTimers());

    it("a remembered token is refused once it expires", async () => {
      const { key, verify } = await setup();
      vi.useFakeTimers({ toFake: ["Date"] });
      // Expires 30 s from now (issued 14.5 minutes ago, 15 minutes of life).
      const token = await signAccessToken(key, claims, { ...settings, now: new Date(Date.now() - 870_000) });
      expect((await verify(token)).userId).toBe(claims.sub);
      expect((await verify(token)).userId).toBe(claims.sub);
      vi.setSystemTime(Date.now() + 31_000);
      await expect(verify(token)).rejects.toThrow();
    });

    it("remembers the exact token only: a tampered copy of a remembered token is refused, a changed viewer does not stick", async () => {
      const { key, verify } = await setup();
      const good = await signAccessToken(key, claims, settings);
      const viewer = await verify(good);
      viewer.role = "global_admin";
      expect((await verify(good)).role).toBe("coordinator");
      const [h, , s] = good.split(".");
      const forged = base64url.encode(
        JSON.stringify({
          ...claims,
          role: "global_admin",
          iss: settings.issuer,
          aud: settings.audience,
          iat: 1,
          exp: 9999999999,
        }),
      );
      await expect(verify(`${h}.${forged}.${s}`)).rejects.toThrow();
      await expect(verify(`${good}x`)).rejects.toThrow();
    });
  });

  it("refuses a token without a valid role", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const jwk = { ...(await exportJWK(publicKey)), kid: "k3", alg: "EdDSA" };
    const verify = createTokenVerifier({ keys: [jwk] }, settings);
    const token = await new SignJWT({ sid: claims.sid, role: "superuser" })
      .setProtectedHeader({ alg: "EdDSA", typ: "at+jwt", kid: "k3" })
      .setSubject(claims.sub)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    await expect(verify(token)).rejects.toThrow(/role/);
  });
});

describe("keys from identity's JWKS endpoint", () => {
  it("verifies through the URL and picks up a rotated-in key without a restart", async () => {
    const { key: k1 } = await generateSigningKey("k1");
    const { key: k2 } = await generateSigningKey("k2");
    let published = [k1.publicJwk];
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`);
    try {
      const verify = createTokenVerifier(url, { ...settings, refetchCooldownMs: 0 });
      expect((await verify(await signAccessToken(k1, claims, settings))).userId).toBe(claims.sub);
      await expect(verify(await signAccessToken(k2, claims, settings))).rejects.toThrow();
      published = [k2.publicJwk, k1.publicJwk]; // identity publishes the new key (and keeps the old one)
      expect((await verify(await signAccessToken(k2, claims, settings))).userId).toBe(claims.sub);
      expect((await verify(await signAccessToken(k1, claims, settings))).userId).toBe(claims.sub);
    } finally {
      server.close();
    }
  });
});
