/**
 * APNs over HTTP/2 (node:http2): POST /3/device/<token> with a provider token
 * (ES256 JWT: kid = key id, iss = team id, iat), reused for up to 50 minutes
 * (Apple refuses tokens older than an hour and throttles frequent new ones).
 * One HTTP/2 session is kept and reopened when it closes.
 */
import { connect, constants, type ClientHttp2Session } from "node:http2";
import { importPKCS8, SignJWT, type CryptoKey } from "jose";
import { apnsPayload, classifyApns, type PushVerdict } from "../domain/push.js";
import type { PushProvider } from "./push.js";

export const PROVIDER_TOKEN_TTL_MS = 50 * 60_000;

export interface ApnsOptions {
  /** The .p8 signing key (PKCS#8 PEM) from the Apple developer account. */
  key: string;
  keyId: string;
  teamId: string;
  /** The app's bundle id. */
  topic: string;
  /** https://api.push.apple.com (https://api.sandbox.push.apple.com for development builds); http:// = h2c (tests). */
  host?: string;
  /** apns-priority: 10 = now, 5 = when convenient for the device. */
  priority?: 5 | 10;
  timeoutMs?: number;
  now?: () => number;
}

export function apnsProvider(opts: ApnsOptions): PushProvider & { close(): void } {
  const host = opts.host ?? "https://api.push.apple.com";
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const now = opts.now ?? Date.now;
  let key: Promise<CryptoKey> | undefined;
  let providerToken: { jwt: string; issuedAt: number } | undefined;
  let session: ClientHttp2Session | undefined;

  let signing: Promise<string> | undefined;

  async function sign(): Promise<string> {
    key ??= importPKCS8(opts.key, "ES256");
    const issuedAt = now();
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: "ES256", kid: opts.keyId })
      .setIssuer(opts.teamId)
      .setIssuedAt(Math.floor(issuedAt / 1000))
      .sign(await key);
    providerToken = { jwt, issuedAt };
    return jwt;
  }

  /** The provider token, signed anew only when it is 50 minutes old (one signing at a time). */
  function bearer(): Promise<string> {
    if (providerToken && now() - providerToken.issuedAt < PROVIDER_TOKEN_TTL_MS)
      return Promise.resolve(providerToken.jwt);
    signing ??= sign().finally(() => (signing = undefined));
    return signing;
  }

  function open(): ClientHttp2Session {
    if (session && !session.closed && !session.destroyed) return session;
    const s = connect(host);
    const forget = () => {
      if (session === s) session = undefined;
    };
    s.on("error", forget);
    s.on("close", forget);
    s.on("goaway", forget);
    s.unref();
    session = s;
    return s;
  }

  function post(
    path: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = open().request({
        [constants.HTTP2_HEADER_METHOD]: "POST",
        [constants.HTTP2_HEADER_PATH]: path,
        ...headers,
      });
      let status = 0;
      let text = "";
      req.setEncoding("utf8");
      req.setTimeout(timeoutMs, () => {
        req.close(constants.NGHTTP2_CANCEL);
        reject(new Error(`APNs did not answer within ${timeoutMs} ms`));
      });
      req.on("response", (h) => (status = Number(h[constants.HTTP2_HEADER_STATUS])));
      req.on("data", (chunk: string) => (text += chunk));
      req.on("end", () => resolve({ status, body: text }));
      req.on("error", reject);
      req.end(body);
    });
  }

  return {
    async send(token, notification): Promise<PushVerdict> {
      const jwt = await bearer();
      const res = await post(
        `/3/device/${encodeURIComponent(token)}`,
        {
          authorization: `bearer ${jwt}`,
          "apns-topic": opts.topic,
          "apns-push-type": "alert",
          "apns-priority": String(opts.priority ?? 10),
          "content-type": "application/json",
        },
        JSON.stringify(apnsPayload(notification)),
      );
      const verdict = classifyApns(res.status, parseJson(res.body));
      if (verdict.kind === "failed" && verdict.credentialsRejected && providerToken?.jwt === jwt)
        providerToken = undefined;
      return verdict;
    },
    close() {
      session?.close();
      session = undefined;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
