/**
 * `pnpm replay <subgraph>`: rebuilds a subgraph's read model from the kept events (issue 21 item 6), on both ways of
 * running:
 *
 * - the embedded start (no KAFKA_BROKERS): the data directory (MEANDER_DATA_DIR; stop `npm start` first: PGlite
 *   serves one process) or its PostgreSQL database (DATABASE_URL, the owner's URL); the events are the six
 *   subgraphs' outbox rows, read through the in-process bus's history;
 * - services mode (KAFKA_BROKERS, KAFKA_NAMESPACE as the services have them; DATABASE_URL the subgraph's database):
 *   the Kafka topics, read from the beginning by fresh consumer groups (topics keep every event: retention.ms=-1).
 *
 * Safe beside running services on PostgreSQL (the replay's consumer groups are its own and every projection is
 * idempotent). Only reporting has a read model to rebuild today.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connectPostgres, openPglite, runMigrations, usePglite, type DatabaseHandle } from "@meander/db";
import { createInProcessBus, createKafkaBus, outboxHistory, type EventBus } from "@meander/events";
import { replayReadModel } from "@meander/reporting";
import { readConfig } from "./config.js";
import { MIGRATIONS, SERVICES } from "./services.js";

const REPLAYS = { reporting: replayReadModel } as const;
const USAGE = `Usage: pnpm replay <subgraph>   (subgraphs with a read model: ${Object.keys(REPLAYS).join(", ")})
  Embedded: on MEANDER_DATA_DIR (stop npm start first) or DATABASE_URL, from the outboxes.
  Services mode: KAFKA_BROKERS (and KAFKA_NAMESPACE) set, DATABASE_URL the subgraph's database, from the topics.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: "boolean", short: "h" } },
});
const subgraph = positionals[0] as keyof typeof REPLAYS | undefined;
if (values.help || !subgraph || !(subgraph in REPLAYS)) {
  console.error(subgraph && !values.help ? `${subgraph} has no read model to replay.\n${USAGE}` : USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = readConfig();
const kafka = config.KAFKA_BROKERS?.length ? config.KAFKA_BROKERS : null;
if (kafka && !config.DATABASE_URL) {
  console.error(`Services mode needs DATABASE_URL (the ${subgraph} database).\n${USAGE}`);
  process.exit(2);
}
let database: DatabaseHandle;
try {
  database = config.DATABASE_URL
    ? connectPostgres(config.DATABASE_URL, { max: 4 })
    : usePglite(await openPglite(join(config.MEANDER_DATA_DIR, "pglite")));
} catch (err) {
  console.error(
    `Cannot open the database (${config.DATABASE_URL ? "DATABASE_URL" : config.MEANDER_DATA_DIR}): ${(err as Error).message}`,
  );
  process.exit(1);
}
let bus: EventBus | undefined;
try {
  if (kafka) {
    await runMigrations(database, SERVICES.find((s) => s.SUBGRAPH === subgraph)!.migrations);
    bus = await createKafkaBus({ brokers: kafka, clientId: `${subgraph}-replay`, namespace: config.KAFKA_NAMESPACE });
  } else {
    for (const m of MIGRATIONS) await runMigrations(database, m);
    bus = createInProcessBus({
      history: outboxHistory(
        database.db,
        SERVICES.map((s) => s.SUBGRAPH),
      ),
      onError: (err) => console.error(err),
    });
  }
  const started = Date.now();
  const { groups } = await REPLAYS[subgraph]({ db: database.db, bus, onError: (err) => console.error(err) });
  console.log(
    `${subgraph} read model rebuilt from the ${kafka ? "Kafka topics" : "outboxes"} in ${Date.now() - started} ms (consumer groups ${groups.join(", ")})`,
  );
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await bus?.close();
  if (database.kind === "pglite") await database.client.close();
  else await database.close();
}
