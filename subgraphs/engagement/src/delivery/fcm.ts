/**
 * FCM HTTP v1. A service account signs an OAuth2 JWT-bearer assertion (RS256)
 * for an access token, kept until shortly before it expires (one fetch at a
 * time); each device is one POST {base}/v1/projects/{project}/messages:send.
 */
import { importPKCS8, SignJWT, type CryptoKey } from "jose";
import { classifyFcm, fcmMessage, type PushVerdict } from "../domain/push.js";
import type { PushProvider } from "./push.js";

/** The fields of a Google service-account key file that FCM needs. */
export interface ServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
  token_uri: string;
  private_key_id?: string;
}

export const FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
/** An access token is replaced this long before it expires. */
export const ACCESS_TOKEN_MARGIN_MS = 5 * 60_000;

export interface FcmOptions {
  serviceAccount: ServiceAccount;
  /** https://fcm.googleapis.com unless pointed elsewhere (tests: loopback). */
  baseUrl?: string;
  timeoutMs?: number;
  /** Milliseconds since the epoch (tests move it to expire the access token). */
  now?: () => number;
}

export function fcmProvider(opts: FcmOptions): PushProvider {
  const account = opts.serviceAccount;
  const base = (opts.baseUrl ?? "https://fcm.googleapis.com").replace(/\/+$/, "");
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const now = opts.now ?? Date.now;
  let key: Promise<CryptoKey> | undefined;
  let cached: { token: string; expiresAt: number } | undefined;
  let fetching: Promise<string> | undefined;

  async function fetchAccessToken(): Promise<string> {
    key ??= importPKCS8(account.private_key, "RS256");
    const iat = Math.floor(now() / 1000);
    const assertion = await new SignJWT({ scope: FCM_SCOPE })
      .setProtectedHeader({
        alg: "RS256",
        typ: "JWT",
        ...(account.private_key_id ? { kid: account.private_key_id } : {}),
      })
      .setIssuer(account.client_email)
      .setAudience(account.token_uri)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .sign(await key);
    const res = await fetch(account.token_uri, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json().catch(() => null)) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
    } | null;
    if (!res.ok || !body?.access_token)
      throw new Error(`FCM access token refused: ${res.status} ${body?.error ?? ""}`.trim());
    cached = { token: body.access_token, expiresAt: now() + (body.expires_in ?? 3600) * 1000 };
    return body.access_token;
  }

  function accessToken(): Promise<string> {
    if (cached && now() < cached.expiresAt - ACCESS_TOKEN_MARGIN_MS) return Promise.resolve(cached.token);
    fetching ??= fetchAccessToken().finally(() => (fetching = undefined));
    return fetching;
  }

  return {
    async send(token, notification): Promise<PushVerdict> {
      const bearer = await accessToken();
      const res = await fetch(`${base}/v1/projects/${encodeURIComponent(account.project_id)}/messages:send`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify(fcmMessage(token, notification)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const verdict = classifyFcm(res.status, await res.json().catch(() => null));
      if (verdict.kind === "failed" && verdict.credentialsRejected && cached?.token === bearer) cached = undefined;
      return verdict;
    },
  };
}
