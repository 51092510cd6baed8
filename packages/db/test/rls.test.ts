import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import {
  APP_ROLE,
  connectPostgres,
  inScopedTransaction,
  inTenantTransaction,
  localAssociationStatements,
  queryRows,
  secureTenantTables,
  usePglite,
  type DatabaseHandle,
  type Db,
} from "../src/index.js";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `meander_t_db_rls_${randomBytes(4).toString("hex")}`;
const A = "0190a3b4-0000-7000-8000-00000000000a";
const B = "0190a3b4-0000-7000-8000-00000000000b";
const L1 = "0190a3b4-0000-7000-8000-0000000000a1";
const L2 = "0190a3b4-0000-7000-8000-0000000000a2";
const KARI = "0190a3b4-0000-7000-8000-00000000c001";
let handle: DatabaseHandle;

async function admin(q: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(q).finally(() => c.end());
}

/** A subgraph-like schema: a plain tenant table, a partitioned one, one with shared (null) rows, one without tenants. */
async function setUp(db: Db) {
  for (const q of [
    "create schema t",
    "create table t.notes (id serial primary key, organization_id uuid not null, body text)",
    "create table t.facts (id int, organization_id uuid not null, day date not null) partition by range (day)",
    "create table t.facts_2026 partition of t.facts for values from ('2026-01-01') to ('2027-01-01')",
    "create table t.kinds (id int, organization_id uuid, name text)",
    "create table t.countries (code text primary key)",
    `insert into t.notes (organization_id, body) values ('${A}', 'a1'), ('${A}', 'a2'), ('${B}', 'b1')`,
    `insert into t.facts values (1, '${A}', '2026-03-01'), (2, '${B}', '2026-03-02')`,
    `insert into t.kinds values (1, null, 'shared'), (2, '${A}', 'a'), (3, '${B}', 'b')`,
    "insert into t.countries values ('NO')",
    "create table t.visits (id int, organization_id uuid not null, local_association_id uuid, user_id uuid)",
    `insert into t.visits values (1, '${A}', '${L1}', null), (2, '${A}', '${L2}', null), (3, '${A}', '${L2}', '${KARI}'), (4, '${A}', null, null), (5, '${B}', '${L1}', null)`,
  ])
    await db.execute(sql.raw(q));
  await secureTenantTables(db, "t");
  await secureTenantTables(db, "t"); // idempotent
  for (const q of localAssociationStatements("t", [{ table: "visits", orAlso: "user_id = public.meander_user_id()" }]))
    await db.execute(sql.raw(q));
}

async function visible(db: Db, scope: Parameters<typeof inScopedTransaction>[1], table: string) {
  return inScopedTransaction(db, scope, (tx) =>
    queryRows<{ organization_id: string | null }>(tx, sql.raw(`select organization_id from t.${table} order by id`)),
  );
}

function behaves(getDb: () => Db) {
  it("a transaction sees only its organization's rows, even with no filter in the query", async () => {
    const rows = await visible(getDb(), { kind: "tenant", tenant: { organizationId: A } }, "notes");
    expect(rows.map((r) => r.organization_id)).toEqual([A, A]);
  });
  it("policies on a partitioned parent hold, and the partitions are secured too", async () => {
    expect(
      (await visible(getDb(), { kind: "tenant", tenant: { organizationId: B } }, "facts")).map(
        (r) => r.organization_id,
      ),
    ).toEqual([B]);
    expect(
      (await visible(getDb(), { kind: "tenant", tenant: { organizationId: B } }, "facts_2026")).map(
        (r) => r.organization_id,
      ),
    ).toEqual([B]);
  });
  it("with no scope set a tenant table shows nothing; the platform scope shows all", async () => {
    expect(await visible(getDb(), { kind: "none" }, "notes")).toEqual([]);
    expect(await visible(getDb(), { kind: "tenant", tenant: { organizationId: null } }, "notes")).toEqual([]);
    expect(await visible(getDb(), { kind: "platform" }, "notes")).toHaveLength(3);
  });
  it("shared rows (null organization) are readable by tenants but not writable", async () => {
    const rows = await visible(getDb(), { kind: "tenant", tenant: { organizationId: A } }, "kinds");
    expect(rows.map((r) => r.organization_id)).toEqual([null, A]);
    const updated = await inScopedTransaction(getDb(), { kind: "tenant", tenant: { organizationId: A } }, (tx) =>
      queryRows<{ id: number }>(tx, sql`update t.kinds set name = 'x' where organization_id is null returning id`),
    );
    expect(updated).toEqual([]);
  });
  it("a tenant cannot write a row of another organization, nor change another's rows", async () => {
    const scope = { kind: "tenant", tenant: { organizationId: A } } as const;
    await expect(
      inScopedTransaction(getDb(), scope, (tx) =>
        tx.execute(sql.raw(`insert into t.notes (organization_id, body) values ('${B}', 'x')`)),
      ),
    ).rejects.toThrow();
    const deleted = await inScopedTransaction(getDb(), scope, (tx) =>
      queryRows(tx, sql.raw(`delete from t.notes where organization_id = '${B}' returning id`)),
    );
    expect(deleted).toEqual([]);
    expect(await visible(getDb(), { kind: "platform" }, "notes")).toHaveLength(3);
  });
  it("local associations: a limited transaction sees its own, rows without one, and (here) the caller's own rows", async () => {
    const ids = (tenant: { organizationId: string; localAssociationIds?: string[] }, userId?: string) =>
      inScopedTransaction(getDb(), { kind: "tenant", tenant, userId }, (tx) =>
        queryRows<{ id: number }>(tx, sql`select id from t.visits order by id`),
      ).then((r) => r.map((x) => x.id));
    expect(await ids({ organizationId: A })).toEqual([1, 2, 3, 4]);
    expect(await ids({ organizationId: A, localAssociationIds: [L1] })).toEqual([1, 4]);
    expect(await ids({ organizationId: A, localAssociationIds: [L1] }, KARI)).toEqual([1, 3, 4]);
    expect(await ids({ organizationId: A, localAssociationIds: [] })).toEqual([4]); // limited to none: nothing of any
    const moved = inScopedTransaction(
      getDb(),
      { kind: "tenant", tenant: { organizationId: A, localAssociationIds: [L1] } },
      (tx) => tx.execute(sql`update t.visits set local_association_id = ${L2} where id = 1`),
    );
    await expect(moved).rejects.toThrow(); // WITH CHECK: a row cannot be written into another local association
  });
  it("a use case inside a request narrows its scope, never widens it, and the request's scope is back afterwards", async () => {
    const request = { kind: "tenant", tenant: { organizationId: A, localAssociationIds: [L1] } } as const;
    const seen = (tx: Parameters<typeof queryRows>[0]) =>
      queryRows<{ id: number }>(tx, sql`select id from t.visits order by id`).then((r) => r.map((x) => x.id));
    const result = await inScopedTransaction(getDb(), request, async (tx) => ({
      otherOrganization: await inTenantTransaction(tx as unknown as Db, { organizationId: B }, seen),
      otherLocalAssociation: await inTenantTransaction(
        tx as unknown as Db,
        { organizationId: A, localAssociationIds: [L2] },
        seen,
      ),
      wholeOrganization: await inTenantTransaction(tx as unknown as Db, { organizationId: A }, seen),
      after: await seen(tx),
      settings: await queryRows(
        tx,
        sql`select current_setting('app.org_id', true) as org, current_setting('app.local_association_ids', true) as las`,
      ),
    }));
    expect(result).toEqual({
      otherOrganization: [1, 4],
      otherLocalAssociation: [4],
      wholeOrganization: [1, 4],
      after: [1, 4],
      settings: [{ org: A, las: L1 }],
    });
    // An administrator's request (not limited) may narrow a use case to one local association.
    const admin = await inScopedTransaction(getDb(), { kind: "tenant", tenant: { organizationId: A } }, async (tx) => ({
      inside: await inTenantTransaction(tx as unknown as Db, { organizationId: A, localAssociationIds: [L2] }, seen),
      after: await seen(tx),
    }));
    expect(admin).toEqual({ inside: [2, 3, 4], after: [1, 2, 3, 4] });
  });
  it("tables without organization_id stay readable; the scope is gone after the transaction", async () => {
    const rows = await inScopedTransaction(getDb(), { kind: "none" }, (tx) =>
      queryRows(tx, sql`select code from t.countries`),
    );
    expect(rows).toEqual([{ code: "NO" }]);
    const after = await queryRows<{ org: string | null; r: string }>(
      getDb(),
      sql`select current_setting('app.org_id', true) as org, current_user as r`,
    );
    expect(after[0]!.org ?? "").toBe("");
    expect(after[0]!.r).not.toBe("meander_app");
  });
}

describe("row-level security on PostgreSQL", () => {
  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    handle = connectPostgres(url.toString(), { max: 2 });
    await setUp(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await admin(`drop database if exists ${name} with (force)`);
  });
  it("every table with organization_id is forced under RLS with the tenant policy", async () => {
    const rows = await queryRows<{ relname: string; force: boolean; policies: number }>(
      handle.db,
      sql`select c.relname, c.relforcerowsecurity as force, (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'meander_tenant') as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 't' and c.relkind in ('r','p') order by 1`,
    );
    expect(rows).toEqual([
      { relname: "countries", force: false, policies: 0 },
      { relname: "facts", force: true, policies: 1 },
      { relname: "facts_2026", force: true, policies: 1 },
      { relname: "kinds", force: true, policies: 1 },
      { relname: "notes", force: true, policies: 1 },
      { relname: "visits", force: true, policies: 1 },
    ]);
  });
  behaves(() => handle.db);

  it("the application role logs in, owns nothing and cannot bypass: its sessions see nothing unless scoped; a platform pool (workers) sees all", async () => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    url.username = APP_ROLE;
    url.password = "";
    const requests = connectPostgres(url.toString(), { max: 1 });
    const workers = connectPostgres(url.toString(), { max: 1, scope: "platform" });
    try {
      const [who] = await queryRows<{ r: string; sup: boolean; bypass: boolean }>(
        requests.db,
        sql`select current_user as r, rolsuper as sup, rolbypassrls as bypass from pg_roles where rolname = current_user`,
      );
      expect(who).toEqual({ r: APP_ROLE, sup: false, bypass: false });
      expect(await queryRows(requests.db, sql`select id from t.notes`)).toEqual([]);
      expect(await visible(requests.db, { kind: "tenant", tenant: { organizationId: A } }, "notes")).toHaveLength(2);
      expect(await queryRows(workers.db, sql`select id from t.notes`)).toHaveLength(3);
      // A request narrows the platform session to its organization, and the session is platform again afterwards.
      expect(await visible(workers.db, { kind: "tenant", tenant: { organizationId: B } }, "notes")).toHaveLength(1);
      expect(await queryRows(workers.db, sql`select id from t.notes`)).toHaveLength(3);
      // drizzle wraps the driver's error: the database's own message is the cause.
      const refusal = (q: ReturnType<typeof sql>) =>
        requests.db.execute(q).then(
          () => "done",
          (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
        );
      expect(await refusal(sql`set row_security = off; select id from t.notes`)).toMatch(/row-level security/);
      expect(await refusal(sql`drop table t.notes`)).toMatch(/must be owner/);
      expect(await refusal(sql`alter table t.notes no force row level security`)).toMatch(/must be owner/);
    } finally {
      await requests.close();
      await workers.close();
    }
  });
});

describe("row-level security on PGlite (a superuser: SET LOCAL ROLE makes RLS apply)", () => {
  let client: PGlite;
  beforeAll(async () => {
    client = await PGlite.create();
    await setUp(usePglite(client).db);
  });
  afterAll(async () => client?.close());
  behaves(() => usePglite(client).db);
});
