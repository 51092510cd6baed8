// The SQL key store on the real PostgreSQL (127.0.0.1:5432), through pg and through drizzle, in transactions.
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEnvelope,
  createKeyring,
  dataKeyTableSql,
  generateMasterKey,
  isShredded,
  keyringOver,
  parseCiphertext,
  pgQuery,
  rowAad,
  sqlKeyStore,
  subjectKeyTableSql,
} from "../src/index.js";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `meander_t_crypto_${randomBytes(4).toString("hex")}`;
const TABLE = "vault.organization_data_keys";
const SUBJECTS = "vault.subject_data_keys";
const MARKER = "MARKER-sql-4b1d";
let pool: pg.Pool;

async function admin(q: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(q).finally(() => c.end());
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  await pool.query(`create schema vault; ${dataKeyTableSql(TABLE)} ${subjectKeyTableSql(SUBJECTS)}
    create table vault.notes (id uuid primary key, organization_id uuid not null, body text not null);`);
});
afterAll(async () => {
  await pool?.end();
  // pool.end() resolves before the server has closed every connection: a forced drop then terminates one that is
  // closing, and its FATAL reply surfaced as an uncaught error (seen once under load). Let them go first (5 s at most).
  await admin(`do $$ begin
    for i in 1..50 loop
      exit when not exists (select 1 from pg_stat_activity where datname = '${name}');
      perform pg_sleep(0.1);
    end loop;
  end $$`);
  await admin(`drop database if exists ${name} with (force)`);
});

async function inTx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (e) {
    await client.query("rollback");
    throw e;
  } finally {
    client.release();
  }
}

describe("sqlKeyStore on PostgreSQL", () => {
  const masterKey = generateMasterKey();
  const envelope = createEnvelope({ masterKey });

  it("stores the wrapped key and the ciphertext, never the plaintext (searched across every table)", async () => {
    const org = randomUUID();
    const id = randomUUID();
    await inTx(async (client) => {
      const keyring = keyringOver(envelope, sqlKeyStore({ table: TABLE, query: pgQuery(client) }));
      const body = await keyring.encrypt(org, MARKER, rowAad("vault.notes", id, "body"));
      await client.query("insert into vault.notes values ($1, $2, $3)", [id, org, body]);
    });
    const dump = await pool.query(
      "select (select json_agg(k) from vault.organization_data_keys k)::text || (select json_agg(n) from vault.notes n)::text as t",
    );
    expect(dump.rows[0].t).toContain(org);
    expect(dump.rows[0].t).not.toContain("MARKER");
    const row = (await pool.query("select body from vault.notes where id = $1", [id])).rows[0];
    const keyring = createKeyring({ masterKey, ...sqlKeyStore({ table: TABLE, query: pgQuery(pool) }) });
    expect(await keyring.decrypt(org, row.body, rowAad("vault.notes", id, "body"))).toBe(MARKER);
  });

  it("works through a drizzle transaction with the tagged-template adapter", async () => {
    const db = drizzle(pool);
    const org = randomUUID();
    const text = await db.transaction(async (tx) => {
      const store = sqlKeyStore({ table: TABLE, query: async (s, ...v) => (await tx.execute(sql(s, ...v))).rows });
      const keyring = keyringOver(envelope, store);
      const ct = await keyring.encrypt(org, MARKER, "vault.notes:x");
      return keyring.decrypt(org, ct, "vault.notes:x");
    });
    expect(text).toBe(MARKER);
    expect(
      (await pool.query(`select count(*)::int as n from ${TABLE} where organization_id = $1`, [org])).rows[0].n,
    ).toBe(1);
  });

  it("a key created in a transaction that rolls back is gone with it", async () => {
    const org = randomUUID();
    await expect(
      inTx(async (client) => {
        const keyring = keyringOver(envelope, sqlKeyStore({ table: TABLE, query: pgQuery(client) }));
        await keyring.encrypt(org, MARKER, "t:1");
        throw new Error("fail mid-way");
      }),
    ).rejects.toThrow("fail mid-way");
    expect(
      (await pool.query(`select count(*)::int as n from ${TABLE} where organization_id = $1`, [org])).rows[0].n,
    ).toBe(0);
  });

  it("two concurrent first encryptions in two transactions end with one data key that reads both", async () => {
    const org = randomUUID();
    const [a, b] = await Promise.all(
      ["one", "two"].map((text, i) =>
        inTx(async (client) =>
          keyringOver(envelope, sqlKeyStore({ table: TABLE, query: pgQuery(client) })).encrypt(org, text, `t:${i}`),
        ),
      ),
    );
    expect(parseCiphertext(a!).keyId).toBe(parseCiphertext(b!).keyId);
    const keyring = keyringOver(envelope, sqlKeyStore({ table: TABLE, query: pgQuery(pool) }));
    expect([await keyring.decrypt(org, a!, "t:0"), await keyring.decrypt(org, b!, "t:1")]).toEqual(["one", "two"]);
  });

  it("rotates the master key over every stored row, then reads old data with the new master only", async () => {
    const org = randomUUID();
    const oldKeyring = keyringOver(envelope, sqlKeyStore({ table: TABLE, query: pgQuery(pool) }));
    const ct = await oldKeyring.encrypt(org, MARKER, "t:rot");
    const newMaster = generateMasterKey();
    const rotating = createKeyring({
      masterKey: newMaster,
      previousMasterKeys: [masterKey],
      ...sqlKeyStore({ table: TABLE, query: pgQuery(pool) }),
    });
    const orgs = (await pool.query(`select organization_id from ${TABLE}`)).rows.map(
      (r) => r.organization_id as string,
    );
    for (const o of orgs) expect(await rotating.rewrapDataKey(o)).toBe(true);
    expect((await pool.query(`select count(*)::int as n from ${TABLE} where rotated_at is null`)).rows[0].n).toBe(0);
    const after = createKeyring({ masterKey: newMaster, ...sqlKeyStore({ table: TABLE, query: pgQuery(pool) }) });
    expect(await after.decrypt(org, ct, "t:rot")).toBe(MARKER);
  });

  it("subject keys: one row per subject, concurrent first use agrees, destroying leaves a key-less tombstone", async () => {
    const org = randomUUID();
    const [anne, bjorn] = [randomUUID(), randomUUID()];
    const over = (client: pg.PoolClient | pg.Pool) =>
      keyringOver(envelope, sqlKeyStore({ table: TABLE, subjectTable: SUBJECTS, query: pgQuery(client) }));
    const [a, b] = await Promise.all(
      ["one", "two"].map((text, i) => inTx((client) => over(client).encryptFor(org, anne, text, `t:${i}`))),
    );
    expect(parseCiphertext(a!).keyId).toBe(parseCiphertext(b!).keyId);
    const other = await over(pool).encryptFor(org, bjorn, MARKER, "t:b");
    expect(await inTx((client) => over(client).destroySubjectKey(org, anne))).toBe(true);
    const rows = (
      await pool.query(
        `select subject_id::text, wrapped_key, destroyed_at from ${SUBJECTS} where organization_id = $1 order by subject_id = $2 desc`,
        [org, anne],
      )
    ).rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ subject_id: anne, wrapped_key: null });
    expect(rows[0].destroyed_at).not.toBeNull();
    expect(
      isShredded(
        await over(pool)
          .decrypt(org, a!, "t:0")
          .catch((e: unknown) => e),
      ),
    ).toBe(true);
    expect(await over(pool).decrypt(org, other, "t:b")).toBe(MARKER);
    expect(await over(pool).destroySubjectKey(org, anne)).toBe(false);
  });

  it("refuses a table name that is not a plain identifier", () => {
    expect(() => sqlKeyStore({ table: "x; drop table y", query: pgQuery(pool) })).toThrow(/plain table name/);
  });
});
