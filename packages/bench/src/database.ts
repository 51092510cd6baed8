/**
 * Databases for the scenarios: the six subgraphs' migrations run once per bench
 * run into a template (`meander_bench_tpl_<pid>`), and each scenario gets a clone
 * (CREATE DATABASE ... TEMPLATE takes a second; migrating takes several).
 */
import { MIGRATIONS } from "@meander/embedded";
import { cloneDatabase, createMigratedDatabase, dropAllLike, dropDatabase, dropStale } from "@meander/testing";

const PREFIX = "meander_bench_tpl_";
const template = `${PREFIX}${process.pid}`;
let migrated: Promise<void> | null = null;

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<BenchDatabase> {
  migrated ??= dropStale(PREFIX).then(() => createMigratedDatabase(template, MIGRATIONS));
  await migrated;
  const db = await cloneDatabase(template);
  await db.handle.close();
  return { name: db.name, url: db.url, drop: () => dropDatabase(db.name) };
}

/** Drops the template and any clone left (end of the run). */
export async function dropBenchDatabases(): Promise<void> {
  await dropAllLike(template);
}
