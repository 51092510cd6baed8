/** Token minting for tests: a throwaway Ed25519 key, its JWKS, a verifier and a mint function. */
import { randomUUID } from "node:crypto";
import {
  createTokenVerifier,
  generateSigningKey,
  signAccessToken,
  type Role,
  type SigningKey,
  type TokenSettings,
  type TokenVerifier,
} from "@meander/auth";
import type { JSONWebKeySet } from "jose";

export const TEST_TOKEN_SETTINGS: TokenSettings = { issuer: "meander-identity", audience: "meander" };

export interface MintOptions {
  userId?: string;
  sessionId?: string;
  organizationId?: string | null;
  localAssociationId?: string | null;
  role: Role;
  ttlSeconds?: number;
  now?: Date;
}

export interface TestKeys {
  /** The signing key (identity signs with it; other subgraphs only verify). */
  key: SigningKey;
  jwks: JSONWebKeySet;
  verifier: TokenVerifier;
  mint(options: MintOptions): Promise<string>;
}

export async function createTestKeys(): Promise<TestKeys> {
  const { key } = await generateSigningKey(`test-${randomUUID()}`);
  const jwks = { keys: [key.publicJwk] };
  return {
    key,
    jwks,
    verifier: createTokenVerifier(jwks, TEST_TOKEN_SETTINGS),
    mint: (o) =>
      signAccessToken(
        key,
        {
          sub: o.userId ?? randomUUID(),
          sid: o.sessionId ?? randomUUID(),
          org: o.organizationId ?? null,
          la: o.localAssociationId ?? null,
          role: o.role,
        },
        { ...TEST_TOKEN_SETTINGS, ttlSeconds: o.ttlSeconds, now: o.now },
      ),
  };
}
