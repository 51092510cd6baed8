/**
 * Loopback stand-ins for FCM HTTP v1 (OAuth token endpoint + messages:send)
 * and APNs (an h2c HTTP/2 server). Both verify what a real service verifies
 * (the signed JWTs, the path and headers), record what they receive, and
 * answer per device token as the test tells them.
 */
import { createServer as createHttp2Server, type Http2Server } from "node:http2";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeProtectedHeader, exportPKCS8, generateKeyPair, jwtVerify, type CryptoKey } from "jose";
import type { ServiceAccount } from "../src/delivery/fcm.js";

export interface Answer {
  status: number;
  body?: unknown;
}

export interface FcmSent {
  path: string;
  authorization: string;
  message: { token: string; notification: { title: string; body: string }; data: Record<string, string> };
}

export interface FakeFcm {
  serviceAccount: ServiceAccount;
  baseUrl: string;
  /** Token requests whose assertion verified (scope, issuer, audience, RS256 signature). */
  tokenRequests: number;
  /** Assertions that did not verify. */
  refusedAssertions: number;
  sent: FcmSent[];
  answers: Map<string, Answer>;
  close(): Promise<void>;
}

const readBody = (req: NodeJS.ReadableStream) =>
  new Promise<string>((resolve) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => resolve(body));
  });

export async function startFakeFcm(projectId = "meander-test"): Promise<FakeFcm> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const issued = new Set<string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const reply = (status: number, json: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
      if (req.url === "/token") {
        const form = new URLSearchParams(body);
        try {
          if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") throw new Error("grant_type");
          const { payload } = await jwtVerify(form.get("assertion") ?? "", publicKey, {
            algorithms: ["RS256"],
            issuer: fake.serviceAccount.client_email,
            audience: fake.serviceAccount.token_uri,
          });
          if (payload.scope !== "https://www.googleapis.com/auth/firebase.messaging") throw new Error("scope");
        } catch {
          fake.refusedAssertions++;
          return reply(400, { error: "invalid_grant" });
        }
        fake.tokenRequests++;
        const token = `ya29.test-${fake.tokenRequests}`;
        issued.add(token);
        return reply(200, { access_token: token, expires_in: 3600, token_type: "Bearer" });
      }
      if (req.method === "POST" && req.url === `/v1/projects/${projectId}/messages:send`) {
        const authorization = req.headers.authorization ?? "";
        if (!issued.has(authorization.replace(/^Bearer /, "")))
          return reply(401, { error: { status: "UNAUTHENTICATED" } });
        const { message } = JSON.parse(body) as { message: FcmSent["message"] };
        fake.sent.push({ path: req.url, authorization, message });
        const answer = fake.answers.get(message.token) ?? {
          status: 200,
          body: { name: `projects/${projectId}/messages/${fake.sent.length}` },
        };
        return reply(answer.status, answer.body ?? {});
      }
      reply(404, { error: { status: "NOT_FOUND" } });
    })();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeFcm = {
    serviceAccount: {
      project_id: projectId,
      client_email: "push@meander-test.iam.gserviceaccount.com",
      private_key: await exportPKCS8(privateKey),
      token_uri: `${base}/token`,
      private_key_id: "key-1",
    },
    baseUrl: base,
    tokenRequests: 0,
    refusedAssertions: 0,
    sent: [],
    answers: new Map(),
    close: () => new Promise((r) => server.close(() => r())),
  };
  return fake;
}

export interface ApnsSent {
  path: string;
  topic: string;
  pushType: string;
  priority: string;
  /** The provider token (JWT) it carried, verified. */
  jwt: string;
  payload: Record<string, unknown> & { aps: { alert: { title: string; body: string } } };
}

export interface FakeApns {
  host: string;
  key: string;
  keyId: string;
  teamId: string;
  topic: string;
  sent: ApnsSent[];
  /** Requests refused for a bad provider token. */
  refused: number;
  answers: Map<string, Answer>;
  close(): Promise<void>;
}

export async function startFakeApns(): Promise<FakeApns> {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const server: Http2Server = createHttp2Server();
  server.on("stream", (stream, headers) => {
    let body = "";
    stream.setEncoding("utf8");
    stream.on("data", (c: string) => (body += c));
    stream.on("end", () => {
      void (async () => {
        const reply = (status: number, json?: unknown) => {
          stream.respond({ ":status": status, "apns-id": "00000000-0000-0000-0000-000000000001" });
          stream.end(json === undefined ? undefined : JSON.stringify(json));
        };
        const jwt = String(headers.authorization ?? "").replace(/^bearer /, "");
        if (!(await verifies(jwt, publicKey, fake))) {
          fake.refused++;
          return reply(403, { reason: "InvalidProviderToken" });
        }
        const path = String(headers[":path"]);
        const token = /^\/3\/device\/([0-9a-f]+)$/.exec(path)?.[1];
        if (headers[":method"] !== "POST" || !token) return reply(404, { reason: "BadPath" });
        if (headers["apns-topic"] !== fake.topic) return reply(400, { reason: "DeviceTokenNotForTopic" });
        fake.sent.push({
          path,
          topic: String(headers["apns-topic"]),
          pushType: String(headers["apns-push-type"]),
          priority: String(headers["apns-priority"]),
          jwt,
          payload: JSON.parse(body) as ApnsSent["payload"],
        });
        const answer = fake.answers.get(token) ?? { status: 200 };
        reply(answer.status, answer.body);
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const fake: FakeApns = {
    host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    key: await exportPKCS8(privateKey),
    keyId: "ABC123DEFG",
    teamId: "TEAM123456",
    topic: "no.meander.mentor",
    sent: [],
    refused: 0,
    answers: new Map(),
    close: () => new Promise((r) => server.close(() => r())),
  };
  return fake;
}

async function verifies(jwt: string, publicKey: CryptoKey, fake: FakeApns): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(jwt, publicKey, { algorithms: ["ES256"], issuer: fake.teamId });
    return decodeProtectedHeader(jwt).kid === fake.keyId && typeof payload.iat === "number";
  } catch {
    return false;
  }
}
