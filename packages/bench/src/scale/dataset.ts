/**
 * A database holding the data set at scale: migrated, seeded with the
 * organizations' base (types, settings, an administrator, a coordinator and a
 * mentor each) through the platform's own use cases, then bulk-loaded with the
 * generated rows (outbox skipped) and reporting's read model filled directly.
 */
import pg from "pg";
import { startPlatform } from "@meander/embedded";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { databaseUrl, dropDatabase } from "@meander/testing";
import { freshDatabase } from "../database.js";
import { generate, type Base, type ScaleSpec } from "./generate.js";
import { createLoader } from "./load.js";
import { fillReadModel } from "./readmodel.js";

export const SCALES = {
  quick: { localAssociations: 36, mentors: 300, contacts: 3_000, activities: 15_000 },
  full: { localAssociations: 1_400, mentors: 20_000, contacts: 200_000, activities: 1_000_000 },
  "10m": { localAssociations: 1_400, mentors: 20_000, contacts: 200_000, activities: 10_000_000 },
} as const;

export interface Dataset {
  name: string;
  url: string;
  spec: ScaleSpec;
  base: DemoData;
  timings: {
    databaseSeconds: number;
    seedSeconds: number;
    loadSeconds: number;
    readModelSeconds: number;
    vacuumSeconds: number;
  };
  rows: Record<string, number>;
  drop(): Promise<void>;
}

const keptName = (scale: string) => `meander_bench_kept_${scale.replace(/\W/g, "")}`;
const BASE_SEED = 11;
/** The data set covers the previous calendar year (the year a Bufdir report is made for). */
const datasetYear = () => new Date().getUTCFullYear() - 1;
const baseData = (seed: number) =>
  generateDemoData({
    seed,
    organizations: 4,
    regionsPerOrganization: 1,
    associationsPerRegion: 1,
    mentorsPerAssociation: 1,
    contactsPerMentor: 1,
    activitiesPerMentor: 1,
  });

const seconds = (t: number) => +((performance.now() - t) / 1000).toFixed(1);

export async function buildDataset(size: Omit<ScaleSpec, "seed" | "year">, seed = BASE_SEED): Promise<Dataset> {
  const year = datasetYear();
  const spec: ScaleSpec = { ...size, seed, year };
  let t = performance.now();
  const database = await freshDatabase();
  const { name, url } = database;
  const databaseSeconds = seconds(t);

  t = performance.now();
  const data = baseData(seed);
  const seeding = await startPlatform({
    database: { kind: "postgres", url },
    port: 0,
    seed: data,
    keyDir: null,
    log: createLogger("bench", "silent"),
  });
  await seeding.settle();
  await seeding.stop();
  const seedSeconds = seconds(t);

  const base: Base = {
    organizations: data.organizations.map((o) => ({
      id: o.id,
      shortName: o.shortName,
      adminId: data.memberships.find((m) => m.organizationId === o.id && m.role === "org_admin")!.userId,
      regions: data.regions.filter((r) => r.organizationId === o.id).map((r) => ({ id: r.id, name: r.name })),
    })),
  };
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query("select activity.ensure_activity_partitions($1::int, $2::int)", [year, year + 1]);
  await admin.end();

  t = performance.now();
  const loader = await createLoader(url);
  await generate(spec, base, (table, row) => loader.emit(table, row));
  const rows = await loader.finish();
  const loadSeconds = seconds(t);

  t = performance.now();
  await fillReadModel(url, year);
  const readModelSeconds = seconds(t);

  // A bulk load leaves every page without hint bits or visibility map and every table due for autovacuum: the first
  // scenarios would measure PostgreSQL doing that work (10 ms of its CPU per home screen in a run without this).
  // A database in service has been vacuumed, so the bench does it before measuring.
  t = performance.now();
  const vacuum = new pg.Client({ connectionString: url });
  await vacuum.connect();
  await vacuum.query("vacuum (freeze, analyze)").finally(() => vacuum.end());
  const vacuumSeconds = seconds(t);

  return {
    name,
    url,
    spec,
    base: data,
    timings: { databaseSeconds, seedSeconds, loadSeconds, readModelSeconds, vacuumSeconds },
    rows,
    drop: database.drop,
  };
}

/** Keeps a data set after the run, renamed out of the run's own databases (`pnpm bench --keep`). */
export async function keepDataset(ds: Dataset, scale: string): Promise<string> {
  const name = keptName(scale);
  await dropDatabase(name);
  const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
  await admin.connect();
  await admin.query(`alter database "${ds.name}" rename to "${name}"`).finally(() => admin.end());
  return name;
}

/**
 * The data set a run with `--keep` left, if there is one (`pnpm bench --reuse`): the base is generated again from
 * the same seed (deterministic), the rows are counted; it stays after the run. Scenarios that write (bulk
 * registration) add their rows to it.
 */
export async function keptDataset(size: Omit<ScaleSpec, "seed" | "year">, scale: string): Promise<Dataset | null> {
  const name = keptName(scale);
  const url = databaseUrl(name);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from activity.activities");
    const year = datasetYear();
    return {
      name,
      url,
      spec: { ...size, seed: BASE_SEED, year },
      base: baseData(BASE_SEED),
      timings: { databaseSeconds: 0, seedSeconds: 0, loadSeconds: 0, readModelSeconds: 0, vacuumSeconds: 0 },
      rows: { "activity.activities": rows[0]!.n },
      drop: async () => {},
    };
  } finally {
    await client.end();
  }
}
