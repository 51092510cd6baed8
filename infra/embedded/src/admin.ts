/**
 * `npm run admin -- <command>`: the operator's commands, on the embedded data directory (MEANDER_DATA_DIR, default
 * .data/embedded; stop `npm start` first: PGlite serves one process) or on PostgreSQL (DATABASE_URL, the owner's URL,
 * as the launcher and services mode take it). Migrations are applied first, so a fresh database works.
 *
 *   create-global-admin --email <address> [--expires-in-days 1..30]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connectPostgres, openPglite, runMigrations, usePglite, type DatabaseHandle } from "@meander/db";
import { readConfig } from "./config.js";
import { createGlobalAdmin, invitationText } from "./operator.js";
import { MIGRATIONS } from "./services.js";

const USAGE = `Usage: npm run admin -- create-global-admin --email <address> [--expires-in-days <1-30>]
  On the embedded data directory (MEANDER_DATA_DIR; stop npm start first) or on PostgreSQL (DATABASE_URL).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, "expires-in-days": { type: "string" }, help: { type: "boolean", short: "h" } },
});
const [command] = positionals;
if (values.help || command !== "create-global-admin" || !values.email) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = readConfig();
let database: DatabaseHandle;
try {
  database = config.DATABASE_URL
    ? connectPostgres(config.DATABASE_URL, { max: 2 })
    : usePglite(await openPglite(join(config.MEANDER_DATA_DIR, "pglite")));
} catch (err) {
  console.error(
    `Cannot open the database (${config.DATABASE_URL ? "DATABASE_URL" : config.MEANDER_DATA_DIR}): ${(err as Error).message}`,
  );
  process.exit(1);
}
try {
  for (const m of MIGRATIONS) await runMigrations(database, m);
  const days = values["expires-in-days"] ? Number(values["expires-in-days"]) : undefined;
  const invitation = await createGlobalAdmin(database.db, { email: values.email, expiresInDays: days });
  console.log(invitationText(invitation, `http://127.0.0.1:${config.PORT}/graphql`));
} catch (err) {
  const e = err as Error & {
    extensions?: { code?: string; field?: string };
    violations?: Array<{ field: string; message: string }>;
  };
  // A rule refusal (@meander/validation's RuleViolationError) names every field at fault.
  if (e.violations) for (const v of e.violations) console.error(`BAD_USER_INPUT (${v.field}): ${v.message}`);
  else
    console.error(
      e.extensions?.code
        ? `${e.extensions.code}${e.extensions.field ? ` (${e.extensions.field})` : ""}: ${e.message}`
        : e,
    );
  process.exitCode = 1;
} finally {
  if (database.kind === "pglite") await database.client.close();
  else await database.close();
}
