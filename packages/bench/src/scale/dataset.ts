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
  timings: { databaseSeconds: number; seedSeconds: number; loadSeconds: number; readModelSeconds: number; vacuumSeconds: number };
  rows: Record<string, number>;
  drop(): Promise<void>;
}

const seconds = (t: number) => +((performance.now() - t) / 1000).toFixed(1);

export async function buildDataset(size: Omit<ScaleSpec, "seed" | "year">, seed = 11): Promise<Dataset> {
  const year = new Date().getUTCFullYear() - 1;
  const spec: ScaleSpec = { ...size, seed, year };
  let t = performance.now();
  const database = await freshDatabase();
  const { name, url } = database;
  const databaseSeconds = seconds(t);

  t = performance.now();
  const data = generateDemoData({ seed, organizations: 4, regionsPerOrganization: 1, associationsPerRegion: 1, mentorsPerAssociation: 1, contactsPerMentor: 1, activitiesPerMentor: 1 });
  const seeding = await startPlatform({ database: { kind: "postgres", url }, port: 0, seed: data, keyDir: null, log: createLogger("bench", "silent") });
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

  return { name, url, spec, base: data, timings: { databaseSeconds, seedSeconds, loadSeconds, readModelSeconds, vacuumSeconds }, rows, drop: database.drop };
}
