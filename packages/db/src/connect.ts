/**
 * One way to get a drizzle database, whatever the driver: a pg pool against
 * PostgreSQL (services mode, tests) or one shared PGlite instance (embedded).
 */
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

export type Db = PgDatabase<PgQueryResultHKT, any>;

export type DatabaseHandle =
  | { kind: "postgres"; db: Db; pool: pg.Pool; close(): Promise<void> }
  | { kind: "pglite"; db: Db; client: PGlite; close(): Promise<void> };

/**
 * `scope: "platform"` starts every session of the pool in the platform scope (`app.scope`, read by the row-level
 * security policies): what a worker (consumer, relay, scheduler) runs in. Requests narrow it transaction-locally
 * (inScopedTransaction), so a service's one pool serves both.
 */
export function connectPostgres(url: string, opts: { max?: number; scope?: "platform" } = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.scope === "platform" ? { options: "-c app.scope=platform" } : {}),
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => {});
  const db = drizzlePg(pool) as unknown as Db;
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/** Opens (or creates) a PGlite data directory. `dataDir` undefined = in memory. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  return client;
}

/** A drizzle database over a PGlite instance that others may share; closing it leaves the instance open. */
export function usePglite(client: PGlite): DatabaseHandle {
  const db = drizzlePglite(client) as unknown as Db;
  return { kind: "pglite", db, client, close: async () => {} };
}

/** The same database as another user (no password: trust or peer authentication, or a password set elsewhere). */
export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = "";
  return u.toString();
}

export async function ping(handle: DatabaseHandle): Promise<boolean> {
  try {
    if (handle.kind === "postgres") await handle.pool.query("select 1");
    else await handle.client.query("select 1");
    return true;
  } catch {
    return false;
  }
}
