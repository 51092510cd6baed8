/** `pnpm wrapped [year]`: the Wrapped batch job for a year (default: the year just ended). Idempotent; run it each January,
 * against a database the service has migrated. */
import { connectPostgres } from "@meander/db";
import { runWrappedJob } from "./application/wrapped.js";
import { readConfig } from "./config.js";

const config = readConfig();
const database = connectPostgres(config.DATABASE_URL);
try {
  const year = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await runWrappedJob(database.db, year)));
} finally {
  await database.close();
}
