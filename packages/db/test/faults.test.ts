/**
 * Issue 19 item 1: a database connection that dies under a transaction kills nothing and loses no client. The
 * session is terminated from outside (`pg_terminate_backend`, what a restart or a failover sends), only sessions of
 * this file's own database.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, isTransientDbError, queryRows, type DatabaseHandle } from "../src/index.js";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `meander_t_dbfault_${randomBytes(4).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
let handle: DatabaseHandle;
const errors: unknown[] = [];

async function admin(q: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query(q, values)).rows;
  } finally {
    await c.end();
  }
}

async function until(probe: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  handle = connectPostgres(url.toString(), { max: 1, onError: (err) => errors.push(err) });
});
afterAll(async () => {
  await handle?.close();
  await admin(`drop database if exists ${name} with (force)`);
});

describe("a connection lost inside a transaction", () => {
  it("is no unhandled error: the transaction fails as transient, the client is discarded and the next one works", async () => {
    const before = errors.length;
    const failed = await handle.db
      .transaction(async (tx) => {
        const [me] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
        // Between two statements (the client lent out, idle): what killed the services.
        await admin(`select pg_terminate_backend($1)`, [me!.pid]);
        await until(() => errors.length > before);
        await tx.execute(sql`select 1`);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(failed).not.toBeNull();
    expect(isTransientDbError(failed)).toBe(true);
    // The pool (one client at most) lends a fresh connection at once: the dead one was not given back as sound.
    const [next] = await queryRows<{ ok: number }>(handle.db, sql`select 1 as ok`);
    expect(next!.ok).toBe(1);
    expect(
      await handle.db.transaction(async (tx) => (await queryRows<{ n: number }>(tx, sql`select 2 as n`))[0]!.n),
    ).toBe(2);
  });

  it("returns its client when `begin` itself fails", async () => {
    // A begin the server refuses; with one client in the pool, a leaked client would hang every later transaction.
    const refused = handle.db.transaction(async () => 1, { isolationLevel: "not a level" as never });
    await expect(refused).rejects.toThrow();
    const after = await Promise.race([
      handle.db.transaction(async (tx) => (await queryRows<{ n: number }>(tx, sql`select 3 as n`))[0]!.n),
      new Promise((r) => setTimeout(() => r("hung"), 5_000)),
    ]);
    expect(after).toBe(3);
  });
});
