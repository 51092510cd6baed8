/**
 * Access tokens: EdDSA-signed JWTs with `typ: at+jwt`. Verification pins the
 * algorithm, issuer, audience and type (RFC 8725), so an ID token or refresh
 * token is never taken for an access token.
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type CryptoKey,
} from "jose";
import { isUuid } from "@meander/db/ids";
import { ROLES, type Role, type Viewer } from "./context.js";

export const ACCESS_TOKEN_TYPE = "at+jwt";
export const TOKEN_ALGORITHM = "EdDSA";

export interface TokenSettings {
  issuer: string;
  audience: string;
}

export interface AccessClaims {
  sub: string;
  sid: string;
  org: string | null;
  la: string | null;
  role: Role;
  /**
   * The user's language setting (identity's preferredLanguage: nb, nn or en). Refusals are worded in it before the
   * request's Accept-Language (packages/subgraph-kit, "Refusals in the caller's language"). Optional: service and test
   * tokens carry none.
   */
  lang?: string | null;
}

/** The languages a token's `lang` claim may name (the message catalog's). */
export const TOKEN_LANGUAGES = ["nb", "nn", "en"] as const;

export type TokenVerifier = (token: string) => Promise<Viewer>;

/** How many verified tokens a verifier remembers, and for how long at most (never past the token's expiry). */
const VERIFIED_CACHE_SIZE = 10_000;
const VERIFIED_CACHE_MS = 60_000;

/**
 * `jwks` is either the key set itself (config, tests) or the URL of identity's
 * JWKS endpoint: then keys are fetched and cached, and a token with a kid not
 * seen yet triggers a refetch (at most every 30 s), so a rotated-in key is
 * picked up without a redeploy.
 *
 * A token that verified is remembered (the exact string, signature included)
 * until it expires or for 60 s, whichever comes first: a client sends the same
 * token with every request, and each request is verified by the gateway and by
 * every subgraph it reaches, so the signature check would otherwise run
 * several times per request (it was a visible share of the gateway's CPU
 * profile). A key withdrawn from the JWKS stops a remembered token within 60 s
 * (the key set itself is cached for 10 minutes).
 */
export function createTokenVerifier(
  jwks: JSONWebKeySet | URL,
  settings: TokenSettings & { refetchCooldownMs?: number },
): TokenVerifier {
  const keys =
    jwks instanceof URL
      ? createRemoteJWKSet(jwks, { cooldownDuration: settings.refetchCooldownMs ?? 30_000, cacheMaxAge: 600_000 })
      : createLocalJWKSet(jwks);
  const verified = new Map<string, { viewer: Viewer; until: number }>();
  return async (token) => {
    const now = Date.now();
    const hit = verified.get(token);
    if (hit && hit.until > now) return { ...hit.viewer };
    if (hit) verified.delete(token);
    const { payload } = await jwtVerify(token, keys, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      typ: ACCESS_TOKEN_TYPE,
      requiredClaims: ["sub", "sid", "exp", "iat"],
    });
    const role = payload.role as Role;
    if (!ROLES.includes(role)) throw new Error("token has no valid role");
    // The ids go into SQL (row-level security's settings, the rows written): one that is not a UUID would fail there
    // as an internal error, so the token is refused here instead, like any other bad token.
    if (!isUuid(payload.sub)) throw new Error("token subject is not a user id");
    for (const claim of ["org", "la"] as const) {
      if (payload[claim] != null && !isUuid(payload[claim])) throw new Error(`token claim ${claim} is not an id`);
    }
    const viewer: Viewer = {
      userId: payload.sub as string,
      sessionId: payload.sid as string,
      organizationId: (payload.org as string | null) ?? null,
      localAssociationId: (payload.la as string | null) ?? null,
      role,
      // An unknown language is ignored (not refused): the claim only words messages.
      ...(typeof payload.lang === "string" && (TOKEN_LANGUAGES as readonly string[]).includes(payload.lang)
        ? { language: payload.lang as Viewer["language"] }
        : {}),
    };
    if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
    verified.set(token, { viewer, until: Math.min(payload.exp! * 1000, now + VERIFIED_CACHE_MS) });
    return { ...viewer };
  };
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function generateSigningKey(kid: string): Promise<{ key: SigningKey; privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: "Ed25519", extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALGORITHM, use: "sig" };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM };
  return { key: { kid, privateKey, publicJwk }, privateJwk };
}

/** Imports private JWKs (from config or a data directory) as signing keys, keeping their order. */
export async function importSigningKeys(privateJwks: JWK[]): Promise<SigningKey[]> {
  return Promise.all(
    privateJwks.map(async (jwk) => {
      if (!jwk.kid) throw new Error("every signing key needs a kid");
      const { d: _private, ...publicPart } = jwk;
      return {
        kid: jwk.kid,
        privateKey: (await importJWK(jwk, TOKEN_ALGORITHM)) as CryptoKey,
        publicJwk: { ...publicPart, alg: TOKEN_ALGORITHM, use: "sig" },
      };
    }),
  );
}

export async function signAccessToken(
  key: SigningKey,
  claims: AccessClaims,
  settings: TokenSettings & { ttlSeconds?: number; now?: Date },
): Promise<string> {
  const iat = Math.floor((settings.now ?? new Date()).getTime() / 1000);
  return new SignJWT({
    sid: claims.sid,
    org: claims.org,
    la: claims.la,
    role: claims.role,
    ...(claims.lang ? { lang: claims.lang } : {}),
  })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: key.kid })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (settings.ttlSeconds ?? 900))
    .sign(key.privateKey);
}
