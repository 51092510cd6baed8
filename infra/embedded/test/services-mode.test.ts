/**
 * Services mode: the gateway and each subgraph as its own process, started
 * from its own main.ts with nothing but environment variables, on one
 * PostgreSQL database holding the six schemas, and on six databases.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { generateSigningKey, signAccessToken } from "@meander/auth";
import { SUBGRAPHS } from "@meander/gateway";
import { cloneDatabase, createMigratedDatabase, databaseUrl, dropDatabase, gql, type TestDatabase } from "@meander/testing";
import { TOKEN_SETTINGS } from "../src/platform.js";

const root = new URL("../../../", import.meta.url).pathname;
const procs: ChildProcess[] = [];
const dbs: TestDatabase[] = [];
const emptyDbs: string[] = [];

afterAll(async () => {
  for (const p of procs) p.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  for (const d of dbs) await d.drop();
  for (const name of emptyDbs) await dropDatabase(name);
});

function run(dir: string, env: Record<string, string>, ready: RegExp): Promise<void> {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: `${root}${dir}`,
    env: { ...process.env, NODE_ENV: "development", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  procs.push(proc);
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${dir} did not start:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.on("exit", (code) => reject(new Error(`${dir} exited ${code}:\n${out}`)));
  });
}

async function startServices(basePort: number, databaseUrlFor: (name: string) => string) {
  // Identity signs with AUTH_SIGNING_KEYS; everyone verifies through identity's JWKS endpoint (AUTH_JWKS_URL).
  const { key, privateJwk } = await generateSigningKey("services-test");
  const common = {
    GATEWAY_SIGNING_SECRET: randomBytes(32).toString("hex"),
    AUTH_JWKS_URL: `http://127.0.0.1:${basePort + 1}/.well-known/jwks.json`,
  };
  const urls: Record<string, string> = {};
  await Promise.all(
    SUBGRAPHS.map((s, i) => {
      urls[`${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${basePort + 1 + i}/graphql`;
      const own: Record<string, string> = s.name === "identity" ? { AUTH_SIGNING_KEYS: JSON.stringify([privateJwk]) } : {};
      return run(`subgraphs/${s.name}`, { ...common, ...own, DATABASE_URL: databaseUrlFor(s.name), PORT: String(basePort + 1 + i) }, /subgraph listening/);
    }),
  );
  await run("gateway", { ...common, ...urls, PORT: String(basePort) }, /gateway listening/);
  const token = await signAccessToken(
    key,
    { sub: "0190a3b4-0000-7000-8000-00000000000a", sid: "s", org: "0190a3b4-0000-7000-8000-00000000000b", la: null, role: "org_admin" },
    TOKEN_SETTINGS,
  );
  return { gateway: `http://127.0.0.1:${basePort}/graphql`, token, subgraphUrls: Object.values(urls) };
}

const QUERY = `{ me { id } myOrganization { id } activities(first: 1) { edges { node { id } } } expenseTypes { key } courses(first: 1) { edges { node { id } } } activityStatsByLocalAssociation { stats { approved } } }`;

describe("services mode", () => {
  it("runs each service as its own process on one database with six schemas", async () => {
    const db = await cloneDatabase(inject("templateDatabase"));
    dbs.push(db);
    const s = await startServices(4700, () => db.url);
    const r = await gql(s.gateway, QUERY, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ me: null, myOrganization: null, activities: { edges: [] }, expenseTypes: [], courses: { edges: [] }, activityStatsByLocalAssociation: [] });
    for (const url of s.subgraphUrls) expect((await gql(url, `{ _service { sdl } }`)).status).toBe(401);
  });

  it("runs them on six databases, each migrated by its own service", async () => {
    const six: Record<string, string> = {};
    for (const sg of SUBGRAPHS) {
      const name = `meander_t_services_${sg.name}_${randomBytes(3).toString("hex")}`;
      await createMigratedDatabase(name, []); // empty: the service applies its own migrations
      emptyDbs.push(name);
      six[sg.name] = databaseUrl(name);
    }
    const s = await startServices(4800, (name) => six[name]!);
    const r = await gql(s.gateway, QUERY, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data?.activities).toEqual({ edges: [] });
  });
});
