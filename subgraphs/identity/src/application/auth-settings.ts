/** What identity needs to issue tokens: the signing keys (first active), issuer, audience and lifetimes. */
import { signAccessToken, type Role, type SigningKey } from "@meander/auth";
import { ACCESS_TOKEN_TTL_SECONDS } from "../domain/session.js";
import type { SessionRow } from "../db/repositories/sessions.js";

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** The first key signs; every key is published in the JWKS (rotation: publish first, sign later, keep until expiry). */
  signingKeys: readonly SigningKey[];
  accessTokenTtlSeconds: number;
}

export const DEFAULT_TOKEN_SETTINGS = {
  issuer: "meander-identity",
  audience: "meander",
  accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
};

/** `language`: the user's language setting, carried as the `lang` claim (refusals are worded in it). */
export async function issueAccessToken(
  settings: AuthSettings,
  session: SessionRow,
  now: Date,
  language?: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const key = settings.signingKeys[0];
  if (!key) throw new Error("identity has no signing key (deps.signingKeys is empty)");
  const token = await signAccessToken(
    key,
    {
      sub: session.userId,
      sid: session.id,
      org: session.organizationId,
      la: session.localAssociationId,
      role: session.role as Role,
      lang: language ?? null,
    },
    { issuer: settings.issuer, audience: settings.audience, ttlSeconds: settings.accessTokenTtlSeconds, now },
  );
  return {
    token,
    expiresAt: new Date(Math.floor(now.getTime() / 1000) * 1000 + settings.accessTokenTtlSeconds * 1000),
  };
}

export function publicJwks(settings: AuthSettings) {
  return { keys: settings.signingKeys.map((k) => k.publicJwk) };
}
