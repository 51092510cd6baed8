/**
 * OpenID Connect login (authorization code + PKCE, state and nonce kept
 * server-side). It links only to an existing user: by a linked identity
 * (provider + subject), or the first time by a verified e-mail claim. It never
 * creates a user or a membership.
 */
import { badInput, forbiddenBy, unauthenticated } from "@meander/validation";
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import * as client from "openid-client";
import type { IdentityRuntime } from "../context.js";
import { createCredentialRepository } from "../db/repositories/credentials.js";
import { createOidcRepository } from "../db/repositories/oidc.js";
import { createUserRepository } from "../db/repositories/users.js";
import { validateDevice } from "../domain/session.js";
import { normalizeEmail } from "../domain/user.js";
import type { OidcProviders } from "./oidc-providers.js";
import { openSession, type AuthResult } from "./sessions.js";

export const OIDC_STATE_TTL_MS = 10 * 60_000;
export const NO_ACCOUNT = "No Meander account for this identity";

export async function oidcStart(
  uow: UnitOfWork,
  providers: OidcProviders,
  name: string,
  now: Date,
): Promise<{ authorizationUrl: string; state: string }> {
  const provider = await providers.get(name);
  if (!provider) throw badInput("oidc_provider", "provider", "Unknown sign-in provider");
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  // A sign-in not yet anyone's: the platform's.
  const scope = scopes.platform();
  await uow.run(scope, (tx) =>
    createOidcRepository(tx, scope).saveState(
      { state, provider: name, nonce, codeVerifier, expiresAt: new Date(now.getTime() + OIDC_STATE_TTL_MS) },
      now,
    ),
  );
  const url = client.buildAuthorizationUrl(provider.config, {
    redirect_uri: provider.settings.redirectUri,
    scope: provider.settings.scope ?? "openid email profile",
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { authorizationUrl: url.href, state };
}

export interface OidcCallbackInput {
  provider: string;
  callbackUrl?: string | null;
  code?: string | null;
  state?: string | null;
  iss?: string | null;
  device: { name: string; platform: string };
}

/** The authorization response as a URL on the configured redirect URI (never on one the caller names). */
function responseUrl(redirectUri: string, input: OidcCallbackInput): URL {
  const url = new URL(redirectUri);
  url.search = "";
  if (input.callbackUrl) {
    let given: URL;
    try {
      given = new URL(input.callbackUrl);
    } catch {
      throw badInput("callback_url", "callbackUrl", "Not a URL");
    }
    given.searchParams.forEach((value, key) => url.searchParams.append(key, value));
  } else {
    for (const key of ["code", "state", "iss"] as const) if (input[key]) url.searchParams.set(key, input[key]!);
  }
  return url;
}

export async function oidcCallback(
  uow: UnitOfWork,
  runtime: IdentityRuntime,
  input: OidcCallbackInput,
  clientInfo: { ip: string | null },
  now: Date,
): Promise<AuthResult> {
  const provider = await runtime.oidc.get(input.provider);
  if (!provider) throw badInput("oidc_provider", "provider", "Unknown sign-in provider");
  const url = responseUrl(provider.settings.redirectUri, input);
  const state = url.searchParams.get("state");
  // Nobody is signed in yet: the provider's answer is the authority, the platform scope finds the user it names.
  const scope = scopes.platform();
  const started = state
    ? await uow.run(scope, (tx) => createOidcRepository(tx, scope).takeState(input.provider, state))
    : null;
  if (!started || started.expiresAt.getTime() < now.getTime())
    throw unauthenticated("This sign-in was not started here or has expired; start again");

  let subject: string;
  let email: string | null = null;
  try {
    const tokens = await client.authorizationCodeGrant(provider.config, url, {
      pkceCodeVerifier: started.codeVerifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    subject = claims.sub;
    // Providers that keep e-mail out of the ID token (Vipps) give it from userinfo, checked against the same subject.
    const profile =
      "email" in claims || !provider.config.serverMetadata().userinfo_endpoint
        ? claims
        : await client.fetchUserInfo(provider.config, tokens.access_token, subject);
    if (typeof profile.email === "string" && profile.email_verified === true) email = normalizeEmail(profile.email);
  } catch (err) {
    runtime.log.warn({ err, provider: input.provider }, "OIDC callback refused");
    throw unauthenticated("The sign-in provider's answer could not be verified");
  }

  const outcome = await uow.run(scope, async (tx, events) => {
    const links = createOidcRepository(tx, scope);
    let userId = await links.linkedUser(input.provider, subject);
    if (!userId && email) {
      const byEmail = await createCredentialRepository(tx, scope).userByEmail(email);
      if (byEmail) {
        userId = byEmail.id;
        await links.link(input.provider, subject, userId);
      }
    }
    const user = userId ? await createUserRepository(tx, scope).byId(userId) : null;
    if (!user || user.status !== "active") return { kind: "unknown" as const };
    const opening = { user, device: validateDevice(input.device), ip: clientInfo.ip, method: `oidc:${input.provider}` };
    const result = await openSession(tx, events, runtime.settings, opening, now);
    return result ? { kind: "ok" as const, result } : { kind: "no_membership" as const };
  });
  if (outcome.kind === "unknown") throw unauthenticated(NO_ACCOUNT);
  if (outcome.kind === "no_membership")
    throw forbiddenBy("membership_required", "This account has no membership to sign in to");
  return outcome.result;
}
