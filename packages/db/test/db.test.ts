import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, inTenantTransaction, queryRows, runMigrations, type DatabaseHandle } from "../src/index.js";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `meander_t_db_${randomBytes(4).toString("hex")}`;
let handle: DatabaseHandle;

async function admin(q: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(q).finally(() => c.end());
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  handle = connectPostgres(url.toString(), { max: 1 });
});
afterAll(async () => {
  await handle?.close();
  await admin(`drop database if exists ${name} with (force)`);
});

const folder = (n: string) => new URL(`./migrations/${n}`, import.meta.url).pathname;

describe("runMigrations", () => {
  it("keeps each subgraph's history in its own schema, so older migrations of another are not skipped", async () => {
    await runMigrations(handle, { name: "newer", migrationsFolder: folder("newer") });
    await runMigrations(handle, { name: "older", migrationsFolder: folder("older") });
    await runMigrations(handle, { name: "older", migrationsFolder: folder("older") }); // idempotent
    const tables = await queryRows<{ s: string }>(
      handle.db,
      sql`select table_schema as s from information_schema.tables where table_name = 'things' order by 1`,
    );
    expect(tables.map((t) => t.s)).toEqual(["newer", "older"]);
    const histories = await queryRows<{ s: string }>(
      handle.db,
      sql`select table_schema as s from information_schema.tables where table_name = 'migrations' order by 1`,
    );
    expect(histories.map((t) => t.s)).toEqual(["drizzle_newer", "drizzle_older"]);
  });
});

describe("runMigrations, several services at once on an empty database", () => {
  it("migrates once and secures the tables, whoever comes first; the others wait and find it done", async () => {
    const fresh = `meander_t_db_race_${randomBytes(4).toString("hex")}`;
    await admin(`create database ${fresh}`);
    const url = new URL(adminUrl);
    url.pathname = `/${fresh}`;
    const handles = Array.from({ length: 4 }, () => connectPostgres(url.toString(), { max: 2 }));
    try {
      const sources = [
        { name: "newer", migrationsFolder: folder("newer") },
        { name: "older", migrationsFolder: folder("older") },
      ];
      await Promise.all(handles.flatMap((h) => sources.map((source) => runMigrations(h, source))));
      const history = await queryRows<{ n: number }>(
        handles[0]!.db,
        sql`select (select count(*) from drizzle_newer.migrations)::int + (select count(*) from drizzle_older.migrations)::int as n`,
      );
      expect(history[0]!.n).toBe(2);
      const fn = await queryRows<{ n: number }>(
        handles[0]!.db,
        sql`select count(*)::int as n from pg_proc where proname = 'meander_secure_tenant_tables'`,
      );
      expect(fn[0]!.n).toBe(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await admin(`drop database if exists ${fresh} with (force)`);
    }
  });
});

describe("inTenantTransaction", () => {
  it("sets the tenant for the transaction only; afterwards it reads as an empty string", async () => {
    const org = "0190a3b4-0000-7000-8000-000000000001";
    const inside = await inTenantTransaction(
      handle.db,
      { organizationId: org, localAssociationIds: ["a", "b"] },
      (tx) =>
        queryRows<{ org: string; las: string }>(
          tx,
          sql`select current_setting('app.org_id', true) as org, current_setting('app.local_association_ids', true) as las`,
        ),
    );
    expect(inside[0]).toEqual({ org, las: "a,b" });
    const after = await queryRows<{ org: string | null }>(
      handle.db,
      sql`select current_setting('app.org_id', true) as org`,
    );
    expect(after[0]!.org ?? "").toBe("");
  });

  it("rolls back the whole transaction when it fails", async () => {
    await runMigrations(handle, { name: "newer", migrationsFolder: folder("newer") }); // its table (idempotent)
    await expect(
      inTenantTransaction(handle.db, { organizationId: null }, async (tx) => {
        await tx.execute(sql`insert into newer.things (id) values (1)`);
        throw new Error("mid-way failure");
      }),
    ).rejects.toThrow("mid-way failure");
    expect(await queryRows(handle.db, sql`select * from newer.things`)).toEqual([]);
  });
});
