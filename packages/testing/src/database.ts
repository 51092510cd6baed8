/**
 * A fresh PostgreSQL database per test file, cloned from a template that the
 * global setup migrated once per run (CREATE DATABASE ... TEMPLATE is fast).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  APP_ROLE,
  asRole,
  connectPostgres,
  runMigrations,
  type DatabaseHandle,
  type MigrationSource,
} from "@meander/db";
import { testConfig } from "./config.js";

export function databaseUrl(name: string): string {
  const url = new URL(testConfig.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testConfig.adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  return `"${name}"`;
};

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${ident(name)} with (force)`));
}

/** Creates `name` and applies the given subgraphs' migrations to it. */
export async function createMigratedDatabase(name: string, sources: MigrationSource[]): Promise<void> {
  await dropDatabase(name);
  await admin((c) => c.query(`create database ${ident(name)}`));
  const handle = connectPostgres(databaseUrl(name), { max: 1 });
  try {
    for (const source of sources) await runMigrations(handle, source);
  } finally {
    await handle.close();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  /** The owner's connection: what a test arranges and inspects rows with (bypasses row-level security). */
  handle: DatabaseHandle;
  /**
   * The service's connection, as in services mode: the application role (not owner, NOBYPASSRLS), sessions starting
   * in the platform scope for workers, requests narrowing it per transaction.
   */
  app: DatabaseHandle;
  drop(): Promise<void>;
}

export async function cloneDatabase(template: string): Promise<TestDatabase> {
  const name = `${template}_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`create database ${ident(name)} template ${ident(template)}`));
  const url = databaseUrl(name);
  const handle = connectPostgres(url, { max: 5 });
  const app = connectPostgres(asRole(url, APP_ROLE), { max: 5, scope: "platform" });
  return {
    name,
    url,
    handle,
    app,
    async drop() {
      await app.close();
      await handle.close();
      await dropDatabase(name);
    },
  };
}

/**
 * Drops databases left behind by an earlier run that was killed (same prefix).
 * Names carry the pid of the run that made them (`<prefix>_<pid>[_<hex>]`):
 * a database of a run that is still alive (another vitest of the same package
 * started beside this one) is left alone.
 */
export async function dropStale(prefix: string): Promise<void> {
  for (const name of await databasesLike(prefix)) {
    // The prefix may or may not end in "_" (`meander_bench_tpl_` vs `meander_t_activity`).
    const pid = Number(/^_?(\d+)/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    await dropDatabase(name);
  }
}

/** Drops every database whose name starts with `prefix` (a run's own template and clones). */
export async function dropAllLike(prefix: string): Promise<void> {
  for (const name of await databasesLike(prefix)) await dropDatabase(name);
}

async function databasesLike(prefix: string): Promise<string[]> {
  const { rows } = await admin((c) =>
    c.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${prefix}%`]),
  );
  return rows.map((r) => r.datname);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
