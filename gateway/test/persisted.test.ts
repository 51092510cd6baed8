/**
 * Persisted operations at the gateway (issue 9 item 5): operations by id from
 * the committed manifest (Apollo's persisted query manifest, APQ-style
 * `extensions.persistedQuery.sha256Hash`), unknown ids refused, the safelist
 * mode refusing free text, and the request limits still applying to operations
 * sent by id. The real composed supergraph sits in front of a stub subgraph
 * that answers `me` and counts the requests it receives.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { createTestKeys } from "@meander/testing";
import { gatewayConfigSchema } from "../src/config.js";
import { MANIFEST_FILE, NOT_IN_LIST, PersistedOperations, sha256Hex } from "../src/persisted.js";
import { buildManifest, manifestText } from "../src/persisted-manifest.js";
import { createGateway, type Gateway } from "../src/server.js";
import { SUBGRAPHS, type SubgraphName } from "../src/subgraphs.js";

const log = createLogger("persisted-test", "silent");
const SECRET = "y".repeat(32);
const ME = { id: "u-1", firstName: "Kari", lastName: "Nordmann", displayName: "Kari N.", preferredLanguage: "NB" };

async function startStub() {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      const q = String(JSON.parse(body).query ?? "");
      res.end(
        JSON.stringify(
          q.includes("me{") || q.includes("me {")
            ? { data: { me: ME } }
            : { data: null, errors: [{ message: "stub" }] },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    hits: () => hits,
    urls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])) as Record<SubgraphName, string>,
    close: () => new Promise<void>((r) => (server.close(() => r()), server.closeAllConnections())),
  };
}

type Answer = {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
};
async function post(url: string, body: unknown): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer["body"] };
}
const byId = (id: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: id } },
});

const ops = PersistedOperations.fromFile();
const op = (name: string) => [...ops.byId.values()].find((o) => o.name === name)!;

let stub: Awaited<ReturnType<typeof startStub>>;
let open: Gateway;
let safelist: Gateway;
let shallow: Gateway;
let openUrl: string;
let safeUrl: string;
let shallowUrl: string;

beforeAll(async () => {
  const keys = await createTestKeys();
  stub = await startStub();
  const common = { subgraphUrls: stub.urls, signingSecret: SECRET, verifier: keys.verifier, log, production: true };
  open = createGateway(common);
  safelist = createGateway({ ...common, persisted: { safelist: true } });
  shallow = createGateway({ ...common, persisted: { safelist: true }, limits: { maxDepth: 2 } });
  openUrl = (await open.start(0)).url;
  safeUrl = (await safelist.start(0)).url;
  shallowUrl = (await shallow.start(0)).url;
});
afterAll(async () => {
  await open?.stop();
  await safelist?.stop();
  await shallow?.stop();
  await stub?.close();
});

async function refused(send: () => Promise<Answer>, status: number, code: string) {
  const before = stub.hits();
  const a = await send();
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  expect(a.body.errors?.[0]?.extensions?.code, JSON.stringify(a.body)).toBe(code);
  expect(a.body.data ?? null).toBeNull();
  expect(stub.hits(), "a subgraph received the refused request").toBe(before);
  return a;
}

describe("the manifest", () => {
  it("is Apollo's format, ids are the sha256 of the bodies, and the committed file is up to date", () => {
    const committed = readFileSync(MANIFEST_FILE, "utf8");
    expect(committed).toBe(manifestText(buildManifest()));
    const parsed = JSON.parse(committed);
    expect(parsed.format).toBe("apollo-persisted-query-manifest");
    expect(parsed.operations.length).toBeGreaterThanOrEqual(3);
    for (const o of parsed.operations) expect(o.id).toBe(sha256Hex(o.body));
    expect(op("MyActivities").body).toContain("fragment ActivityRow on Activity");
  });

  it("refuses a manifest whose id does not match its body", () => {
    const bad = {
      format: "apollo-persisted-query-manifest",
      version: 1,
      operations: [{ id: sha256Hex("query A { me { id } }"), name: "A", type: "query", body: "query B { me { id } }" }],
    };
    expect(() => new PersistedOperations(bad)).toThrow(/not the sha256/);
    expect(() => new PersistedOperations({ ...bad, format: "other" })).toThrow();
  });

  it("configuration: safelist off by default, PERSISTED_OPERATIONS_ONLY turns it on", () => {
    const base = { GATEWAY_SIGNING_SECRET: SECRET };
    expect(gatewayConfigSchema.parse(base).PERSISTED_OPERATIONS_ONLY).toBe(false);
    expect(gatewayConfigSchema.parse({ ...base, PERSISTED_OPERATIONS_ONLY: "true" }).PERSISTED_OPERATIONS_ONLY).toBe(
      true,
    );
    expect(() => gatewayConfigSchema.parse({ ...base, PERSISTED_OPERATIONS_ONLY: "maybe" })).toThrow();
  });
});

describe("operations by id", () => {
  it("runs a registered operation sent by its id only", async () => {
    const before = stub.hits();
    const a = await post(openUrl, byId(op("Me").id));
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.data).toEqual({ me: ME });
    expect(stub.hits()).toBe(before + 1);
  });

  it("refuses an unknown id with PERSISTED_QUERY_NOT_FOUND, and does not register it when sent with its text", async () => {
    const text = "query NotRegistered { me { id } }";
    const id = sha256Hex(text);
    await refused(() => post(openUrl, byId(id)), 200, "PERSISTED_QUERY_NOT_FOUND");
    // APQ's register step (hash + text) runs the operation in the open mode but never stores it.
    const registered = await post(openUrl, { query: text, ...byId(id) });
    expect(registered.body.data).toEqual({ me: { id: ME.id } });
    await refused(() => post(openUrl, byId(id)), 200, "PERSISTED_QUERY_NOT_FOUND");
  });

  it("refuses a hash that does not match the text sent with it", async () => {
    await refused(() => post(openUrl, { query: "query X { me { id } }", ...byId(op("Me").id) }), 400, "BAD_REQUEST");
  });

  it("still accepts free text outside the safelist mode", async () => {
    const a = await post(openUrl, { query: "{ me { id } }" });
    expect(a.body.data).toEqual({ me: { id: ME.id } });
  });
});

describe("safelist mode", () => {
  it("refuses a free-text operation that is not registered, before any subgraph", async () => {
    const a = await refused(() => post(safeUrl, { query: "{ me { id email } }" }), 400, NOT_IN_LIST);
    expect(a.body.errors?.[0]?.message).toBe("Operation not in the persisted operation list");
    // Unregistered text that does not even validate gets the same one refusal, nothing about the schema.
    const b = await refused(() => post(safeUrl, { query: "{ noSuchField }" }), 400, NOT_IN_LIST);
    expect(b.body.errors).toHaveLength(1);
  });

  it("refuses an unknown id", async () => {
    await refused(
      () => post(safeUrl, byId(sha256Hex("query Unknown { me { id } }"))),
      200,
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });

  it("accepts a registered operation by id, and the exact registered text", async () => {
    const a = await post(safeUrl, byId(op("Me").id));
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ me: ME });
    const b = await post(safeUrl, { query: op("Me").body });
    expect(b.body.data).toEqual({ me: ME });
  });

  it("applies the request limits to operations sent by id", async () => {
    // MyActivities nests activities > edges > node > fields: deeper than 2.
    await refused(() => post(shallowUrl, byId(op("MyActivities").id, { first: 10 })), 400, "QUERY_TOO_DEEP");
    await refused(() => post(safeUrl, byId(op("MyActivities").id, { first: "ten" })), 400, "BAD_USER_INPUT");
  });
});
