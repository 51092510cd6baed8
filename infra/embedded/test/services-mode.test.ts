/**
 * Services mode: the gateway and each subgraph as its own process, started
 * from its own main.ts with nothing but environment variables, on one
 * PostgreSQL database holding the six schemas, and on six databases.
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import { APP_ROLE, queryRows } from "@meander/db";
import { SUBGRAPHS } from "@meander/gateway";
import { cloneDatabase, createMigratedDatabase, databaseUrl, dropDatabase, gql, type TestDatabase } from "@meander/testing";
import { launchServices, type Launched } from "../src/launch.js";

const launched: Launched[] = [];
const dbs: TestDatabase[] = [];
const emptyDbs: string[] = [];

afterAll(async () => {
  for (const l of launched) await l.stop();
  for (const d of dbs) await d.drop();
  for (const name of emptyDbs) await dropDatabase(name);
});

async function startServices(basePort: number, databaseUrlFor: (name: string) => string) {
  const l = await launchServices({ basePort, databaseUrlFor });
  launched.push(l);
  const token = await l.mint({ sub: "0190a3b4-0000-7000-8000-00000000000a", org: "0190a3b4-0000-7000-8000-00000000000b", la: null, role: "org_admin" });
  return { gateway: l.gatewayUrl, token, subgraphUrls: Object.values(l.subgraphUrls) };
}

const QUERY = `{ me { id } myOrganization { id } activities(first: 1) { edges { node { id } } } expenseTypes { key } courses(first: 1) { edges { node { id } } } activityStatsByLocalAssociation { stats { approved } } }`;

describe("services mode", () => {
  it("runs each service as its own process on one database with six schemas, as the application role", async () => {
    const db = await cloneDatabase(inject("templateDatabase"));
    dbs.push(db);
    const s = await startServices(4700, () => db.url);
    const r = await gql(s.gateway, QUERY, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ me: null, myOrganization: null, activities: { edges: [] }, expenseTypes: [], courses: { edges: [] }, activityStatsByLocalAssociation: [] });
    for (const url of s.subgraphUrls) expect((await gql(url, `{ _service { sdl } }`)).status).toBe(401);
    // They migrated as the owner and work as the application role: no session of theirs is the owner's, a
    // superuser's or one that bypasses row-level security.
    const sessions = await queryRows<{ usename: string; super: boolean; bypass: boolean; owns: number }>(
      db.handle.db,
      sql`select a.usename, r.rolsuper as super, r.rolbypassrls as bypass,
                 (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where c.relowner = r.oid and n.nspname in ('identity', 'organization', 'activity', 'finance', 'engagement', 'reporting'))::int as owns
            from pg_stat_activity a join pg_roles r on r.rolname = a.usename
           where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_type = 'client backend'`,
    );
    expect(sessions.length).toBeGreaterThanOrEqual(SUBGRAPHS.length);
    expect([...new Set(sessions.map((x) => x.usename))]).toEqual([APP_ROLE]);
    expect(sessions.every((x) => !x.super && !x.bypass && x.owns === 0)).toBe(true);
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
