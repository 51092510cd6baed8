/**
 * Runs one subgraph's drizzle migrations. Each subgraph keeps its history in
 * a schema of its own (`drizzle_<name>`): with one shared history table drizzle
 * silently skips a subgraph whose migrations are older than another's, and a
 * history table inside the subgraph's own schema breaks its first CREATE SCHEMA.
 */
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { DatabaseHandle, Db } from "./connect.js";
import { secureTenantTables } from "./rls.js";

export interface MigrationSource {
  /** The subgraph's name; its tables live in pg schema `<name>`. */
  name: string;
  /** Absolute path of the folder drizzle-kit generated. */
  migrationsFolder: string;
}

export function migrationsSchemaOf(name: string): string {
  return `drizzle_${name}`;
}

/**
 * On PostgreSQL, one session does it all under a session-level advisory lock: six services starting at once on an
 * empty database would otherwise run their first migrations side by side and collide on what they share (the
 * application role, `create or replace function` in public: "tuple concurrently updated"). Each service waits for
 * the one migrating; a migrated database costs a lock and drizzle's check.
 */
export async function runMigrations(handle: DatabaseHandle, source: MigrationSource): Promise<void> {
  const config = {
    migrationsFolder: source.migrationsFolder,
    migrationsSchema: migrationsSchemaOf(source.name),
    migrationsTable: "migrations",
  };
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, config);
    await secureTenantTables(handle.db, source.name);
    return;
  }
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('meander.migrations'))");
    try {
      const db = drizzlePg(client);
      await migratePg(db, config);
      // Row-level security on every tenant table, including those added by migrations written after tenant_rls.
      await secureTenantTables(db as unknown as Db, source.name);
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('meander.migrations'))");
    }
  } finally {
    client.release();
  }
}
