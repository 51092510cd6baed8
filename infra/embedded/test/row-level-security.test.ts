/**
 * Row-level security covers every tenant table (issue #10 item 2): in a fully
 * migrated database (every subgraph, PostgreSQL), each table with an
 * organization_id column is under FORCEd RLS with the meander_tenant policy,
 * so a table added later without a policy fails CI. The same check on PGlite
 * (the embedded mode, a superuser) shows SET LOCAL ROLE makes the policies hold.
 */
import { sql } from "drizzle-orm";
import { inScopedTransaction, openPglite, queryRows, runMigrations, usePglite, type Db } from "@meander/db";
import { cloneDatabase, type TestDatabase } from "@meander/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MIGRATIONS } from "../src/services.js";

interface TenantTable {
  table: string;
  forced: boolean;
  policy: boolean;
}

const tenantTables = (db: Db) =>
  queryRows<TenantTable>(
    db,
    sql`select n.nspname || '.' || c.relname as "table", c.relforcerowsecurity and c.relrowsecurity as forced,
               exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'meander_tenant') as policy
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
        where n.nspname in (${sql.join(
          MIGRATIONS.map((m) => sql`${m.name}`),
          sql`, `,
        )}) and c.relkind in ('r', 'p')
        order by 1`,
  );

describe("row-level security on PostgreSQL (every subgraph migrated)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await cloneDatabase(inject("templateDatabase"));
  });
  afterAll(async () => database?.drop());

  it("every table with organization_id in every subgraph schema is forced under RLS with the tenant policy", async () => {
    const tables = await tenantTables(database.handle.db);
    const schemas = new Set(tables.map((t) => t.table.split(".")[0]));
    for (const m of MIGRATIONS) expect(schemas, `no tenant table found in ${m.name}`).toContain(m.name);
    expect(tables.filter((t) => !t.forced || !t.policy)).toEqual([]);
  });

  it("the application role cannot bypass RLS and owns no table", async () => {
    const [role] = await queryRows<{ bypass: boolean; owns: number }>(
      database.handle.db,
      sql`select r.rolbypassrls as bypass, (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
          from pg_roles r where r.rolname = 'meander_app'`,
    );
    expect(role).toEqual({ bypass: false, owns: 0 });
  });

  it("each tenant policy compares the organization with the transaction-local setting (nullif: '' after a transaction)", async () => {
    const policies = await queryRows<{ qual: string; check: string }>(
      database.handle.db,
      sql`select pg_get_expr(p.polqual, p.polrelid) as qual, pg_get_expr(p.polwithcheck, p.polrelid) as check
          from pg_policy p where p.polname = 'meander_tenant'`,
    );
    expect(policies.length).toBe((await tenantTables(database.handle.db)).length);
    for (const p of policies) {
      expect(p.qual.toLowerCase()).toContain("nullif(current_setting('app.org_id'::text, true), ''::text)");
      expect(p.check.toLowerCase()).toContain("nullif(current_setting('app.org_id'::text, true), ''::text)");
    }
  });
});

describe("row-level security on PGlite (embedded mode)", () => {
  let client: Awaited<ReturnType<typeof openPglite>>;
  beforeAll(async () => {
    client = await openPglite();
    for (const m of MIGRATIONS) await runMigrations(usePglite(client), m);
  }, 180_000);
  afterAll(async () => client?.close());

  it("secures the same tables, and SET LOCAL ROLE makes the policies hold for the superuser", async () => {
    const db = usePglite(client).db;
    const tables = await tenantTables(db);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => !t.forced || !t.policy)).toEqual([]);
    const [who] = await inScopedTransaction(db, { kind: "none" }, (tx) =>
      queryRows<{ r: string }>(tx, sql`select current_user as r`),
    );
    expect(who).toEqual({ r: "meander_app" });
    // The application role may read every tenant table (grants), and sees nothing of a tenant that is not its own.
    const scope = { kind: "tenant", tenant: { organizationId: "0190a3b4-0000-7000-8000-0000000000ff" } } as const;
    for (const { table } of tables) {
      const rows = await inScopedTransaction(db, scope, (tx) =>
        queryRows(tx, sql.raw(`select organization_id from ${table} where organization_id is not null`)),
      );
      expect(rows, table).toEqual([]);
    }
  });
});
