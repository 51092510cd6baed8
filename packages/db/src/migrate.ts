/**
 * Runs one subgraph's drizzle migrations. Each subgraph keeps its history in
 * a schema of its own (`drizzle_<name>`): with one shared history table drizzle
 * silently skips a subgraph whose migrations are older than another's, and a
 * history table inside the subgraph's own schema breaks its first CREATE SCHEMA.
 */
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { DatabaseHandle } from "./connect.js";
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

export async function runMigrations(handle: DatabaseHandle, source: MigrationSource): Promise<void> {
  const config = {
    migrationsFolder: source.migrationsFolder,
    migrationsSchema: migrationsSchemaOf(source.name),
    migrationsTable: "migrations",
  };
  if (handle.kind === "postgres") await migratePg(handle.db as unknown as NodePgDatabase, config);
  else await migratePglite(handle.db as unknown as PgliteDatabase, config);
  // Row-level security on every tenant table, including those added by migrations written after tenant_rls.
  await secureTenantTables(handle.db, source.name);
}
