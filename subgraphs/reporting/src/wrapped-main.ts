/** `pnpm wrapped [year]`: the Wrapped job for a year by hand (default: the year just ended). Idempotent; the service runs it each January,
 * against a database the service has migrated. */
import { connectPostgres } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import { runWrappedJob } from "./application/wrapped.js";
import { eventStore } from "./db/schema/index.js";
import { yearJustEnded } from "./domain/statistics.js";
import { readConfig } from "./config.js";

const config = readConfig();
const database = connectPostgres(config.DATABASE_URL);
try {
  const year = process.argv[2] ? Number(process.argv[2]) : yearJustEnded();
  console.log(JSON.stringify(await runWrappedJob(createUnitOfWork(database.db, eventStore), year)));
} finally {
  await database.close();
}
