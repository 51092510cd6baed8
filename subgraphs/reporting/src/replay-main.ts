/** `pnpm replay`: rebuilds reporting's read model from the Kafka topics (see replay.ts). */
import { connectPostgres, runMigrations } from "@meander/db";
import { createKafkaBus } from "@meander/events";
import { readConfig } from "./config.js";
import { replayReadModel } from "./replay.js";
import { migrations } from "./server.js";

const config = readConfig();
if (!config.KAFKA_BROKERS?.length) throw new Error("replay reads the Kafka topics: set KAFKA_BROKERS");
const database = connectPostgres(config.DATABASE_URL);
await runMigrations(database, migrations);
const bus = await createKafkaBus({
  brokers: config.KAFKA_BROKERS,
  clientId: "reporting-replay",
  partitions: config.KAFKA_PARTITIONS,
  namespace: config.KAFKA_NAMESPACE,
});
const started = Date.now();
const { groups } = await replayReadModel({ db: database.db, bus, onError: (err) => console.error(err) });
console.log(`reporting read model rebuilt in ${Date.now() - started} ms (consumer groups ${groups.join(", ")})`);
await bus.close();
await database.close();
