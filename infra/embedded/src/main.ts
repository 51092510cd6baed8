/**
 * The embedded default: `npm start` runs this. One process, one PGlite data
 * directory (git-ignored), demo data seeded on the first start, the gateway
 * URL and demo tokens printed. Ctrl-C shuts down cleanly, within 10 s whatever hangs (shutdown.ts), and a second
 * start on the same data directory is refused naming the process that has it (infra/scripts/data-lock.mjs).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PersistedManifest } from "@meander/gateway";
import { acquireDataLock, DataDirLocked } from "../../scripts/data-lock.mjs";
import { readConfig } from "./config.js";
import type { Platform } from "./platform.js";
import { stopOnSignals } from "./shutdown.js";

/** From the first Ctrl-C to a forced exit (and a kill a second later, shutdown.ts); `npm start` kills at 10 s. */
const STOP_DEADLINE_MS = 7000;

const started = Date.now();
const config = readConfig();
const dataDir = config.MEANDER_DATA_DIR;
mkdirSync(dataDir, { recursive: true });
// Before the platform's modules load (seconds): a second start is refused at once. While they load, nothing is open
// and a signal ends the process as Node does by default (its lock is then taken over by the next start).
try {
  acquireDataLock(dataDir);
} catch (err) {
  if (!(err instanceof DataDirLocked)) throw err;
  console.error(err.message);
  process.exit(1);
}
const [
  { generateDemoSeed },
  { MANIFEST_FILE },
  { DEMO_PASSWORD },
  { createLogger },
  { startPlatform },
  { startTracing },
] = await Promise.all([
  import("@meander/fixtures"),
  import("@meander/gateway"),
  import("@meander/identity"),
  import("@meander/subgraph-kit"),
  import("./platform.js"),
  import("@meander/observability"),
]);
// Every service's spans go to the collector when OTEL_EXPORTER_OTLP_ENDPOINT is set (one provider: service.name
// "meander", each span's service in `meander.service`); otherwise tracing stays off. Metrics: GET /metrics on PORT.
const tracing = startTracing({
  serviceName: "meander",
  endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  sampler: config.OTEL_TRACES_SAMPLER,
  samplerArg: config.OTEL_TRACES_SAMPLER_ARG,
});
const log = createLogger("meander", config.LOG_LEVEL);
/** The platform once its start begins (a start that gives up rejects, having closed what it opened). */
const current: { starting?: Promise<Platform> } = {};
// From here on a signal stops whatever runs: the start in progress gives up at its next step, a running platform stops.
const { signal } = stopOnSignals({
  deadlineMs: STOP_DEADLINE_MS,
  stop: async () => {
    await (await current.starting?.catch(() => undefined))?.stop();
    await tracing?.shutdown();
  },
});
/** What failed because a signal is stopping the platform waits for the exit (the signal handler's) instead of crashing. */
const orStopping = <T>(work: Promise<T>): Promise<T> =>
  work.catch((err: unknown) => (signal.aborted ? new Promise<never>(() => {}) : Promise.reject(err)));

const marker = join(dataDir, "seeded");
const firstStart = !existsSync(marker);
const pgliteDir = join(dataDir, "pglite");
if (firstStart && !config.DATABASE_URL && existsSync(pgliteDir)) {
  // A first start that was stopped before its demo data was complete: start that afresh (nothing of anyone's is in it).
  console.log(`A first start did not finish: removing its partial data in ${pgliteDir}.`);
  rmSync(pgliteDir, { recursive: true, force: true });
}
// Last year too (previousYearActivitiesPerMentor): Wrapped (reporting) shows a mentor's year. The showcase gives every
// feature something to show (certifications, claims in every state, reimbursements and an export, badges, ...).
const data = generateDemoSeed({ previousYearActivitiesPerMentor: 8, showcase: true });
const safelist = config.PERSISTED_OPERATIONS_ONLY;

console.log(
  `Starting Meander (${config.DATABASE_URL ? "PostgreSQL" : `PGlite in ${dataDir}`}, in-process events${safelist ? ", safelist mode: only the operations of gateway/persisted-operations.json" : ""})...`,
);
current.starting = startPlatform({
  database: config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL, appUrl: config.APP_DATABASE_URL }
    : { kind: "pglite", dataDir: pgliteDir },
  port: config.PORT,
  seed: firstStart ? data : undefined,
  keyDir: dataDir,
  safelist,
  log,
  signal,
});
const platform = await orStopping(current.starting);
if (firstStart) writeFileSync(marker, new Date().toISOString());

const [org, second] = data.organizations;
const emailOf = (userId: string) => data.people.find((p) => p.id === userId)!.email;
const secondAdmin = emailOf(
  data.memberships.find((m) => m.organizationId === second!.id && m.role === "org_admin")!.userId,
);
const units = new Map<string, number>();
for (const m of data.memberships) units.set(m.userId, (units.get(m.userId) ?? 0) + 1);
const travelling = emailOf([...units].find(([, n]) => n === 3)![0]);
const pick = (role: string) => data.memberships.find((m) => m.role === role)!;
const tokens: Record<string, { name: string; email: string; token: string; refreshToken: string }> = {};
// Real sessions: each demo person logs in through the gateway, as a client would (the persisted Login, by its id).
const loginOperation = (JSON.parse(readFileSync(MANIFEST_FILE, "utf8")) as PersistedManifest).operations.find(
  (o) => o.name === "Login",
)!;
for (const role of ["global_admin", "org_admin", "coordinator", "peer_mentor"] as const) {
  const person = data.people.find((p) => p.id === pick(role).userId)!;
  const res = await orStopping(
    fetch(platform.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        operationName: loginOperation.name,
        extensions: { persistedQuery: { version: 1, sha256Hash: loginOperation.id } },
        variables: {
          input: { email: person.email, password: DEMO_PASSWORD, device: { name: "npm start", platform: "cli" } },
        },
      }),
    }),
  );
  const login = ((await orStopping(res.json())) as { data?: { login?: { accessToken: string; refreshToken: string } } })
    .data?.login;
  if (!login) {
    // Data seeded by an older version has no demo passwords: keep running, say how to start afresh.
    console.warn(`Demo login failed for ${person.email}; to reseed the demo data, stop and delete ${dataDir}.`);
    continue;
  }
  tokens[role] = {
    name: `${person.firstName} ${person.lastName}`,
    email: person.email,
    token: login.accessToken,
    refreshToken: login.refreshToken,
  };
}
writeFileSync(join(dataDir, "demo-tokens.json"), JSON.stringify(tokens, null, 2));

console.log(`
Meander is running in ${((Date.now() - started) / 1000).toFixed(1)} s${firstStart ? " (first start: demo data seeded)" : ""}.

  GraphQL endpoint and Apollo Sandbox:  ${platform.url}

Demo people (password "${DEMO_PASSWORD}"; log in with the login mutation): the global administrator (every
organization), and the administrator, a coordinator and a mentor of ${org!.name}. ${second!.name} has
its own people (${secondAdmin} administers it): neither organization sees the other.
${travelling} is a mentor in three of ${org!.name}'s local associations (switchContext).
Access tokens of fresh sessions (15 min; refresh tokens too in ${join(dataDir, "demo-tokens.json")}).
In Sandbox, set the header  Authorization: Bearer <token>
${Object.entries(tokens)
  .map(([role, t]) => `  ${role.padEnd(12)} ${t.name} <${t.email}>\n    ${t.token}`)
  .join("\n")}
${safelist ? "\nSafelist mode (PERSISTED_OPERATIONS_ONLY): only the operations of gateway/persisted-operations.json, by id or exact text;\nSandbox and free queries such as the one below are refused.\n" : ""}
Try:
  curl -s ${platform.url} -H 'content-type: application/json' \\
    -H "authorization: Bearer $(node -e 'console.log(require("${join(dataDir, "demo-tokens.json")}").org_admin.token)')" \\
    -d '{"query":"{ activities(first: 3) { edges { node { title activityDate mentor { displayName } localAssociation { name activityStats { approved } } expenses { amountOre } } } } }"}'

Press Ctrl-C to stop.`);
