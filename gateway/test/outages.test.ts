/**
 * Outages answer as outages (issue 19 item 4): a real gateway (production
 * settings) on the committed supergraph, in front of stub subgraphs. The
 * activity subgraph is its own process, killed with SIGKILL, crashing itself
 * mid-request, or started again on its port; other stubs hang or answer 502.
 * Each outage answers HTTP 503 with `SERVICE_UNAVAILABLE` naming the service
 * and Retry-After; a partial answer keeps its 200 and carries the error; the
 * gateway recovers on its own once the subgraph is back.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { createTestKeys } from "@meander/testing";
import { createGateway, type Gateway } from "../src/server.js";
import { SUBGRAPHS, type SubgraphName } from "../src/subgraphs.js";

const log = createLogger("outages-test", "silent");
const SECRET = "o".repeat(32);

/** What the activity stub answers to any operation (the gateway picks the fields it asked for). */
const ACTIVITY_DATA = {
  activityTypes: [{ __typename: "ActivityType", key: "home_visit" }],
  activity: { __typename: "Activity", id: "a1" },
  registerActivity: { __typename: "Activity", id: "a1" },
};

/**
 * The activity subgraph as a process of its own on a fixed port. With `crashOnMutation` it dies (SIGKILL of
 * itself) when a mutation reaches it, as a process that crashes mid-request: the gateway's connection drops.
 */
function startActivityProcess(port: number, crashOnMutation = false): Promise<ChildProcess> {
  const source = `
    import { createServer } from "node:http";
    const data = ${JSON.stringify(JSON.stringify({ data: ACTIVITY_DATA }))};
    createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        if (${crashOnMutation} && body.includes("mutation")) process.kill(process.pid, "SIGKILL");
        res.writeHead(200, { "content-type": "application/json" });
        res.end(data);
      });
    }).listen(${port}, "127.0.0.1", () => console.log("listening"));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", source], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`stub exited ${code}`)));
  });
}

const children = new Set<ChildProcess>();
const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
async function stub(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(req, res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
const json =
  (body: unknown, status = 200) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}
async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as Answer["body"] };
}

function expectOutage(a: Answer, service: SubgraphName, named = true) {
  expect(a.status, JSON.stringify(a.body)).toBe(503);
  expect(Number(a.retryAfter)).toBeGreaterThan(0);
  expect(a.body.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service });
  if (named) expect(a.body.errors?.[0]?.message).toContain(service);
}

const servers: Server[] = [];
const gateways: Gateway[] = [];
let activityPort: number;
let gatewayUrl: string;
let urls: Record<SubgraphName, string>;

beforeAll(async () => {
  const keys = await createTestKeys();
  const identity = await stub(json({ data: { me: { __typename: "User", id: "u1" } } }));
  const finance = await stub(json({ errors: [{ message: "Bad Gateway" }] }, 502)); // a proxy in front of a dead finance
  const engagement = await stub(() => undefined); // accepts, never answers
  // Reporting's database is down: the subgraph answers SERVICE_UNAVAILABLE itself.
  const reporting = await stub(
    json({ data: null, errors: [{ message: "Databasen svarer ikke", extensions: { code: "SERVICE_UNAVAILABLE" } }] }),
  );
  const rest = await stub(json({ data: null, errors: [{ message: "stub" }] }));
  servers.push(identity.server, finance.server, engagement.server, reporting.server, rest.server);
  activityPort = await freePort();
  urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, rest.url])) as Record<SubgraphName, string>;
  Object.assign(urls, {
    identity: identity.url,
    finance: finance.url,
    engagement: engagement.url,
    reporting: reporting.url,
    activity: `http://127.0.0.1:${activityPort}/graphql`,
  });
  const gateway = createGateway({
    subgraphUrls: urls,
    signingSecret: SECRET,
    verifier: keys.verifier,
    log,
    production: true,
    subgraphTimeoutMs: 500,
  });
  gateways.push(gateway);
  gatewayUrl = (await gateway.start(0)).url;
});

afterAll(async () => {
  for (const g of gateways) await g.stop();
  for (const c of children) await killed(c);
  for (const s of servers) await new Promise<void>((r) => (s.close(() => r()), s.closeAllConnections()));
});

const TYPES = `{ activityTypes { key } }`;
const REGISTER = `mutation { registerActivity(input: { activityTypeKey: "home_visit" }) { id } }`;

describe("a subgraph that is down, crashed or too slow", () => {
  it("killed: 503 SERVICE_UNAVAILABLE naming it with Retry-After, then answers again once it is back, without a gateway restart", async () => {
    let activity = await startActivityProcess(activityPort);
    const up = await post(gatewayUrl, TYPES);
    expect(up.status).toBe(200);
    expect(up.body.data).toEqual({ activityTypes: [{ key: "home_visit" }] });

    await killed(activity);
    expectOutage(await post(gatewayUrl, TYPES), "activity");
    expectOutage(await post(gatewayUrl, REGISTER), "activity");

    activity = await startActivityProcess(activityPort);
    const back = await post(gatewayUrl, TYPES);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.data).toEqual({ activityTypes: [{ key: "home_visit" }] });
    await killed(activity);
  });

  it("crashing mid-request (the process dies while it holds the gateway's request): 503 naming it", async () => {
    const activity = await startActivityProcess(activityPort, true);
    expect((await post(gatewayUrl, TYPES)).status).toBe(200);
    expectOutage(await post(gatewayUrl, REGISTER), "activity");
    await killed(activity);
  });

  it("not answering within the deadline: 503 naming it, within about the deadline", async () => {
    const started = Date.now();
    expectOutage(await post(gatewayUrl, `{ notifications(first: 1) { id } }`), "engagement");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("behind a proxy that answers 502: 503 naming it", async () => {
    expectOutage(await post(gatewayUrl, `{ expenseTypes { key } }`), "finance");
  });

  it("a subgraph that answers SERVICE_UNAVAILABLE itself (its database down): 503 naming it", async () => {
    expectOutage(
      await post(gatewayUrl, `{ activityStatsByLocalAssociation { stats { approved } } }`),
      "reporting",
      false,
    );
  });

  it("a partial answer keeps its 200 and the data of the other subgraphs, with the error for the missing part", async () => {
    const a = await post(gatewayUrl, `{ me { id } activity(id: "a1") { id } }`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ me: { id: "u1" }, activity: null });
    expect(a.body.errors).toHaveLength(1);
    expect(a.body.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "activity" });
  });
});
