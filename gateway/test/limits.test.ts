/**
 * Gateway request limits (issue 10, item 1) on the real composed supergraph:
 * every subgraph URL points at one stub that counts what it receives, so each
 * refusal also proves that nothing reached a subgraph (no resolver ran). The
 * queries are built from the composed schema (a connection field, a path of
 * object fields), not from a hand list, so SDL changes elsewhere keep them valid.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { createTestKeys, type TestKeys } from "@meander/testing";
import { gatewayConfigSchema, limitsOf } from "../src/config.js";
import { costVariables, DEFAULT_LIMITS, LIMIT_CODES, pageSizeEstimator, type GatewayLimits } from "../src/limits.js";
import { createGateway, INTROSPECTION_KEY_HEADER, SUPERGRAPH_FILE, type Gateway } from "../src/server.js";
import { SUBGRAPHS, type SubgraphName } from "../src/subgraphs.js";
import { UPLOAD_PATH, uploadMutations } from "../src/uploads.js";

const log = createLogger("limits-test", "silent");
const SECRET = "x".repeat(32);
const INTEGRATOR_KEY = "integrator-key-0123456789abcdef0123456789";
const LIMITS: GatewayLimits = {
  maxDepth: 5,
  maxAliases: 4,
  maxDirectives: 4,
  maxTokens: 300,
  maxCost: 600,
  defaultListSize: 20,
  maxBodyBytes: 8_000,
  maxUploadBodyBytes: 40_000,
};

const schema: GraphQLSchema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8").replace(/^#.*$/gm, ""), {
  assumeValidSDL: true,
});
const query = schema.getQueryType()!;
const noRequiredArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** A Query field returning a connection with a `first` argument (activities, contacts, ...). */
const connection = Object.values(query.getFields()).find(
  (f) =>
    getNamedType(f.type).name.endsWith("Connection") && f.args.some((a) => a.name === "first") && noRequiredArgs(f),
)!;

/** A selection `depth` object levels deep from Query, following fields without required arguments, ending in __typename. */
function deepQuery(depth: number): string {
  function walk(type: GraphQLObjectType, left: number, seen: string[]): string | null {
    if (left === 0) return "__typename";
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (!isObjectType(named) || !noRequiredArgs(f) || f.name.startsWith("_")) continue;
      const inner = walk(named, left - 1, [...seen, f.name]);
      if (inner) return `${f.name} { ${inner} }`;
    }
    return null;
  }
  const sel = walk(query, depth, []);
  if (!sel) throw new Error(`no path ${depth} levels deep in the supergraph`);
  return `{ ${sel} }`;
}

/** Every subgraph URL points here; it answers an empty result and counts the requests. */
async function startStub() {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: null, errors: [{ message: "stub" }] }));
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

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, body: parsed };
}

let keys: TestKeys;
let stub: Awaited<ReturnType<typeof startStub>>;
let prod: Gateway;
let dev: Gateway;
let prodUrl: string;
let devUrl: string;

beforeAll(async () => {
  keys = await createTestKeys();
  stub = await startStub();
  const common = { subgraphUrls: stub.urls, signingSecret: SECRET, verifier: keys.verifier, log, limits: LIMITS };
  prod = createGateway({
    ...common,
    production: true,
    introspection: { roles: ["global_admin"], keys: [INTEGRATOR_KEY] },
  });
  dev = createGateway({ ...common, production: false });
  prodUrl = (await prod.start(0)).url;
  devUrl = (await dev.start(0)).url;
});
afterAll(async () => {
  await prod?.stop();
  await dev?.stop();
  await stub?.close();
});

/** Asserts a refusal: the status, the code, and that no subgraph received anything. */
async function refused(send: () => Promise<Answer>, status: number, code: string): Promise<Answer> {
  const before = stub.hits();
  const a = await send();
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  expect(a.body.errors?.[0]?.extensions?.code, JSON.stringify(a.body)).toBe(code);
  expect(a.body.data ?? null).toBeNull();
  expect(stub.hits(), "a subgraph received the refused request").toBe(before);
  return a;
}

async function reachesSubgraph(url: string, body: unknown, headers: Record<string, string> = {}) {
  const before = stub.hits();
  const a = await post(url, body, headers);
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  expect(stub.hits()).toBeGreaterThan(before);
}

describe("request limits at the gateway", () => {
  it("lets an ordinary query through to the subgraphs (positive control)", async () => {
    await reachesSubgraph(prodUrl, { query: `{ ${connection.name}(first: 10) { edges { node { __typename } } } }` });
    await reachesSubgraph(prodUrl, { query: deepQuery(LIMITS.maxDepth - 1) });
  });

  it("refuses a query deeper than the limit with QUERY_TOO_DEEP, without exposing the limit in production", async () => {
    const a = await refused(() => post(prodUrl, { query: deepQuery(LIMITS.maxDepth + 1) }), 400, LIMIT_CODES.depth);
    expect(a.body.errors![0]!.message).not.toMatch(/\d/);
    const d = await refused(() => post(devUrl, { query: deepQuery(LIMITS.maxDepth + 1) }), 400, LIMIT_CODES.depth);
    expect(d.body.errors![0]!.message).toContain(String(LIMITS.maxDepth));
  });

  it("counts depth through fragments", async () => {
    const deep = deepQuery(LIMITS.maxDepth + 1);
    const inner = deep.slice(deep.indexOf("{", 1) + 1, deep.lastIndexOf("}", deep.length - 2));
    const root = deep.slice(1, deep.indexOf("{", 1)).trim();
    const q = `query { ...F } fragment F on Query { ${root} { ${inner} } }`;
    await refused(() => post(prodUrl, { query: q }), 400, LIMIT_CODES.depth);
  });

  it("refuses too many aliases with TOO_MANY_ALIASES", async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(" ");
    await refused(() => post(prodUrl, { query: `{ ${aliases} }` }), 400, LIMIT_CODES.aliases);
    const ok = Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(" ");
    const a = await post(prodUrl, { query: `{ ${ok} }` });
    expect(a.status).toBe(200);
  });

  it("refuses too many directives with TOO_MANY_DIRECTIVES", async () => {
    const many = Array.from({ length: LIMITS.maxDirectives + 1 }, () => "__typename @include(if: true)").join(" ");
    await refused(() => post(prodUrl, { query: `{ ${many} }` }), 400, LIMIT_CODES.directives);
  });

  it("refuses a document with too many tokens with TOO_MANY_TOKENS, before it is parsed into a tree", async () => {
    const many = Array.from({ length: LIMITS.maxTokens }, () => "__typename").join(" ");
    const a = await refused(() => post(prodUrl, { query: `{ ${many} }` }), 400, LIMIT_CODES.tokens);
    expect(a.body.errors![0]!.message).not.toMatch(/\d/);
  });

  it("weighs lists by their page size: a large `first` (literal or variable) is too costly, a small one passes", async () => {
    const q = (first: string) =>
      `query${first === "$n" ? "($n: Int)" : ""} { ${connection.name}(first: ${first}) { edges { node { __typename id } } } }`;
    await refused(() => post(prodUrl, { query: q("1000") }), 400, LIMIT_CODES.cost);
    await refused(() => post(prodUrl, { query: q("$n"), variables: { n: 100_000 } }), 400, LIMIT_CODES.cost);
    await reachesSubgraph(prodUrl, { query: q("$n"), variables: { n: 20 } });
    // The verdict is remembered per document and variables, never across variables: the same text again.
    await refused(() => post(prodUrl, { query: q("$n"), variables: { n: 100_000 } }), 400, LIMIT_CODES.cost);
    await reachesSubgraph(prodUrl, { query: q("$n"), variables: { n: 20 } });
    await refused(() => post(prodUrl, { query: q("$n"), variables: { n: "many" } }), 400, "BAD_USER_INPUT");
    // Pages add up: one page of 100 passes, the same page asked four times under aliases does not.
    const page = (alias: string) => `${alias}: ${connection.name}(first: 100) { edges { node { id } } }`;
    await reachesSubgraph(prodUrl, { query: `{ ${page("p")} }` });
    const nested = Array.from({ length: LIMITS.maxAliases }, (_, i) => page(`p${i}`)).join(" ");
    await refused(() => post(prodUrl, { query: `{ ${nested} }` }), 400, LIMIT_CODES.cost);
  });

  it("refuses variables of the wrong type before planning, as BAD_USER_INPUT", async () => {
    const q = `query($n: Int) { ${connection.name}(first: $n) { edges { node { id } } } }`;
    await refused(() => post(prodUrl, { query: q, variables: { n: "many" } }), 400, "BAD_USER_INPUT");
  });

  it("a list variable (bulk input) is checked once, by the gateway's own variable check: ill-typed items never reach a subgraph", async () => {
    const q = `mutation($a: [RegisterActivityInput!]!) { registerActivities(activities: $a) { __typename } }`;
    await refused(() => post(prodUrl, { query: q, variables: { a: [{ activityTypeKey: 5 }] } }), 400, "BAD_USER_INPUT");
    await refused(() => post(prodUrl, { query: q, variables: { a: [null] } }), 400, "BAD_USER_INPUT");
    await refused(() => post(prodUrl, { query: q, variables: { a: "not a list" } }), 400, "BAD_USER_INPUT");
    const item = { activityTypeKey: "home_visit", activityDate: "2026-11-02T10:00:00Z", durationMinutes: 60 };
    await reachesSubgraph(prodUrl, { query: q, variables: { a: Array.from({ length: 50 }, () => item) } });
  });

  it("refuses batched requests", async () => {
    await refused(() => post(prodUrl, [{ query: "{ __typename }" }, { query: "{ __typename }" }]), 400, "BAD_REQUEST");
  });

  it("refuses a body larger than the limit with 413 PAYLOAD_TOO_LARGE naming the body and its limit", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(LIMITS.maxBodyBytes) } });
    const a = await refused(() => post(prodUrl, big), 413, "PAYLOAD_TOO_LARGE");
    expect(a.body.errors?.[0]?.extensions).toMatchObject({ field: "body", limit: LIMITS.maxBodyBytes });
    // Far past the limit, declared or streamed without a length: the client still reads the 413 (the rest of the
    // body is dropped, the connection not cut under it).
    const huge = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(8_000_000) } });
    await refused(() => post(prodUrl, huge), 413, "PAYLOAD_TOO_LARGE");
    const streamed = new Blob([huge]).stream();
    const res = await fetch(prodUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("takes a large upload mutation on /graphql/upload only, and nothing else there", async () => {
    expect(uploadMutations(readFileSync(SUPERGRAPH_FILE, "utf8"))).toContain("uploadReceipt");
    expect(uploadMutations(readFileSync(SUPERGRAPH_FILE, "utf8"))).not.toContain("submitExpense");
    const uploadUrl = prodUrl.replace(/\/graphql$/, UPLOAD_PATH);
    const upload = (bytes: number) => ({
      query: `mutation($input: UploadReceiptInput!) { uploadReceipt(input: $input) { id } }`,
      variables: { input: { expenseId: "e", fileName: "k.pdf", contentBase64: "A".repeat(bytes) } },
    });
    await refused(() => post(prodUrl, upload(20_000)), 413, "PAYLOAD_TOO_LARGE");
    await reachesSubgraph(uploadUrl, upload(20_000));
    const over = await refused(() => post(uploadUrl, upload(LIMITS.maxUploadBodyBytes)), 413, "PAYLOAD_TOO_LARGE");
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ field: "body", limit: LIMITS.maxUploadBodyBytes });
    await refused(
      () => post(uploadUrl, { query: `{ ${connection.name}(first: 10) { edges { node { __typename } } } }` }),
      400,
      "BAD_REQUEST",
    );
    await refused(
      () =>
        post(uploadUrl, {
          ...upload(10),
          query: `mutation($input: UploadReceiptInput!) { uploadReceipt(input: $input) { id } submitExpense(input: {}) { id } }`,
        }),
      400,
      "BAD_REQUEST",
    );
  });

  it("prevents CSRF: a simple request (GET without a preflight header, or a text/plain POST) is refused", async () => {
    const before = stub.hits();
    const get = await fetch(
      `${prodUrl}?query=${encodeURIComponent(`{ ${connection.name}(first: 1) { edges { node { id } } } }`)}`,
    );
    expect(get.status).toBe(400);
    const plain = await fetch(prodUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(plain.status).toBe(400);
    expect(stub.hits()).toBe(before);
  });

  it("introspection: refused in production for anonymous callers and ordinary roles, allowed for integrator roles and keys, and in development", async () => {
    const intro = { query: "{ __schema { queryType { name } } }" };
    const typeIntro = { query: `{ __type(name: "Query") { name } }` };
    await refused(() => post(prodUrl, intro), 403, LIMIT_CODES.introspection);
    await refused(() => post(prodUrl, typeIntro), 403, LIMIT_CODES.introspection);
    const mentor = await keys.mint({ role: "peer_mentor", organizationId: null });
    const admin = await keys.mint({ role: "org_admin", organizationId: null });
    await refused(() => post(prodUrl, intro, { authorization: `Bearer ${mentor}` }), 403, LIMIT_CODES.introspection);
    await refused(() => post(prodUrl, intro, { authorization: `Bearer ${admin}` }), 403, LIMIT_CODES.introspection);
    await refused(
      () => post(prodUrl, intro, { [INTROSPECTION_KEY_HEADER]: `${INTEGRATOR_KEY}x` }),
      403,
      LIMIT_CODES.introspection,
    );

    const global = await keys.mint({ role: "global_admin", organizationId: null });
    for (const [url, headers] of [
      [prodUrl, { authorization: `Bearer ${global}` }],
      [prodUrl, { [INTROSPECTION_KEY_HEADER]: INTEGRATOR_KEY }],
      [devUrl, {}],
    ] as const) {
      const a = await post(url, intro, headers);
      expect(a.status).toBe(200);
      expect(a.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    }
    // __typename is not introspection of the schema: always allowed.
    expect((await post(prodUrl, { query: "{ __typename }" })).body.data).toEqual({ __typename: "Query" });
  });

  it("hides field suggestions in production, keeps them in development", async () => {
    const field = Object.keys(query.getFields()).find((n) => n.length > 4 && !n.startsWith("_"))!;
    const typo = { query: `{ ${field.slice(0, -1)} { __typename } }` };
    const p = await refused(() => post(prodUrl, typo), 400, "GRAPHQL_VALIDATION_FAILED");
    expect(p.body.errors!.map((e) => e.message).join(" ")).not.toMatch(/Did you mean/);
    const d = await refused(() => post(devUrl, typo), 400, "GRAPHQL_VALIDATION_FAILED");
    expect(d.body.errors!.map((e) => e.message).join(" ")).toMatch(/Did you mean/);
  });
});

describe("limit configuration and cost", () => {
  it("reads every limit from the environment, with defaults, and refuses bad values", () => {
    const base = { GATEWAY_SIGNING_SECRET: SECRET };
    expect(limitsOf(gatewayConfigSchema.parse(base))).toEqual(DEFAULT_LIMITS);
    const set = gatewayConfigSchema.parse({
      ...base,
      MAX_QUERY_DEPTH: "7",
      MAX_QUERY_ALIASES: "3",
      MAX_QUERY_DIRECTIVES: "9",
      MAX_QUERY_TOKENS: "500",
      MAX_QUERY_COST: "123",
      DEFAULT_LIST_SIZE: "5",
      MAX_BODY_BYTES: "4096",
      MAX_UPLOAD_BODY_BYTES: "500000",
      INTROSPECTION_ROLES: "org_admin,global_admin",
      INTROSPECTION_KEYS: INTEGRATOR_KEY,
    });
    expect(limitsOf(set)).toEqual({
      maxDepth: 7,
      maxAliases: 3,
      maxDirectives: 9,
      maxTokens: 500,
      maxCost: 123,
      defaultListSize: 5,
      maxBodyBytes: 4096,
      maxUploadBodyBytes: 500_000,
    });
    expect(set.INTROSPECTION_ROLES).toEqual(["org_admin", "global_admin"]);
    expect(set.INTROSPECTION_KEYS).toEqual([INTEGRATOR_KEY]);
    for (const bad of [
      { MAX_QUERY_DEPTH: "0" },
      { MAX_QUERY_COST: "lots" },
      { INTROSPECTION_ROLES: "root" },
      { INTROSPECTION_KEYS: "short" },
    ]) {
      expect(gatewayConfigSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("costs list variables empty (their items never change a cost), every other variable as given", () => {
    const doc = parse(`query Q($a: [In!]!, $b: [In], $n: Int, $o: In) { x }`);
    const variables = { a: [{ k: 1 }, { k: 2 }], b: null, n: 7, o: { k: 3 } };
    expect(costVariables(doc, "Q", variables)).toEqual({ a: [], b: null, n: 7, o: { k: 3 } });
    expect(variables.a).toHaveLength(2); // the request's own variables are left as they are
    expect(costVariables(doc, "Other", variables)).toBe(variables);
  });

  it("costs a list by its page size, and the default size when it has none", () => {
    const s = buildSchema(
      `type Query { items(first: Int): [Item!]! all: [Item!]! one: Item }  type Item { a: Int b: Int }`,
    );
    const cost = (q: string) => getComplexity({ schema: s, query: parse(q), estimators: [pageSizeEstimator(7)] });
    expect(cost(`{ one { a b } }`)).toBe(3);
    expect(cost(`{ items(first: 10) { a b } }`)).toBe(21);
    expect(cost(`{ items(first: 100) { a } }`)).toBe(101);
    expect(cost(`{ all { a b } }`)).toBe(15);
  });
});
