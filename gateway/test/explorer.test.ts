/**
 * The offline explorer (issue 22 item 5): GET /graphiql on the gateway serves GraphiQL from its npm package.
 * The page and every script and style it references come from the gateway itself; nothing points to another
 * host (no CDN), and the page's Content-Security-Policy lets the browser load from nowhere else. Production
 * serves no explorer, like the Sandbox landing page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { createTestKeys } from "@meander/testing";
import { EXPLORER_PATH } from "../src/explorer.js";
import { createGateway, type Gateway } from "../src/server.js";
import { SUBGRAPHS, type SubgraphName } from "../src/subgraphs.js";

const log = createLogger("explorer-test", "silent");
// Nothing listens there: the explorer needs no subgraph, introspection is answered by the gateway.
const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, "http://127.0.0.1:9/graphql"])) as Record<
  SubgraphName,
  string
>;

const gateways: Gateway[] = [];
async function startGateway(production: boolean): Promise<string> {
  const keys = await createTestKeys();
  const gateway = createGateway({
    subgraphUrls: urls,
    signingSecret: "e".repeat(32),
    verifier: keys.verifier,
    log,
    production,
  });
  gateways.push(gateway);
  const { port } = await gateway.start(0);
  return `http://127.0.0.1:${port}`;
}

let origin: string;
beforeAll(async () => {
  origin = await startGateway(false);
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
});

/** Every URL a page or stylesheet refers to: src, href, CSS url() and @import. */
function references(text: string): string[] {
  const found = [
    ...text.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g),
    ...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g),
    ...text.matchAll(/@import\s+["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return found.filter((u) => !u.startsWith("data:"));
}

describe("GET /graphiql in development", () => {
  it("serves GraphiQL whose page, scripts and styles all come from the gateway itself", async () => {
    const page = await fetch(`${origin}${EXPLORER_PATH}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    const html = await page.text();

    const refs = references(html);
    expect(refs.length).toBe(5); // the stylesheet, React, ReactDOM, GraphiQL, the start script
    for (const ref of refs) {
      const url = new URL(ref, `${origin}${EXPLORER_PATH}`);
      expect(url.origin, ref).toBe(origin);
      const res = await fetch(url);
      expect(res.status, ref).toBe(200);
      const body = await res.text();
      expect(body.length, ref).toBeGreaterThan(0);
      if (ref.endsWith(".css")) {
        expect(res.headers.get("content-type")).toContain("text/css");
        // Fonts are inlined (data: URLs); a stylesheet may refer to nothing outside.
        for (const inner of references(body)) expect(new URL(inner, url).origin, inner).toBe(origin);
      } else {
        expect(res.headers.get("content-type"), ref).toContain("text/javascript");
      }
    }
    const start = await (await fetch(`${origin}${EXPLORER_PATH}/start.js`)).text();
    expect(start).toContain('new URL("/graphql", location.href)'); // the gateway's own endpoint
    expect(start).not.toMatch(/https?:\/\//);
    const graphiql = await (await fetch(`${origin}${EXPLORER_PATH}/graphiql.min.js`)).text();
    expect(graphiql).toContain("createFetcher"); // GraphiQL's UMD bundle, not a stub
  });

  it("answers the schema to a request as GraphiQL sends it (POST JSON to /graphql)", async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, multipart/mixed" },
      body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });
});

describe("production", () => {
  it("serves no explorer", async () => {
    const prod = await startGateway(true);
    for (const path of [EXPLORER_PATH, `${EXPLORER_PATH}/graphiql.min.js`]) {
      const res = await fetch(`${prod}${path}`, { headers: { accept: "text/html" } });
      expect(res.status, path).not.toBe(200);
      expect(await res.text(), path).not.toContain("GraphiQL");
    }
  });
});
