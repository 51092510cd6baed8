/**
 * The services mode the gateway scenarios run against: one PostgreSQL database
 * seeded with demo data through the subgraphs' own use cases (the embedded
 * platform on PostgreSQL, then stopped), then the gateway and the six subgraphs
 * started as separate processes on it.
 */
import { randomBytes } from "node:crypto";
import { MIGRATIONS, launchServices, startPlatform, type Launched } from "@meander/embedded";
import { generateDemoData, type DemoData } from "@meander/fixtures";
import { createLogger } from "@meander/subgraph-kit";
import { createMigratedDatabase, databaseUrl, dropDatabase } from "@meander/testing";

export interface SeededServices extends Launched {
  data: DemoData;
  close(): Promise<void>;
}

export async function seededServices(opts: { basePort: number; mentorsPerAssociation: number; activitiesPerMentor: number }): Promise<SeededServices> {
  const name = `meander_bench_svc_${randomBytes(3).toString("hex")}`;
  await createMigratedDatabase(name, MIGRATIONS);
  const data = generateDemoData({ seed: 11, regionsPerOrganization: 3, associationsPerRegion: 3, mentorsPerAssociation: opts.mentorsPerAssociation, activitiesPerMentor: opts.activitiesPerMentor });
  const seeding = await startPlatform({ database: { kind: "postgres", url: databaseUrl(name) }, port: 0, seed: data, keyDir: null, log: createLogger("bench", "silent") });
  await seeding.settle();
  await seeding.stop();
  const launched = await launchServices({ basePort: opts.basePort, databaseUrlFor: () => databaseUrl(name) });
  return {
    ...launched,
    data,
    async close() {
      await launched.stop();
      await dropDatabase(name);
    },
  };
}
