/**
 * The embedded default: `npm start` runs this. One process, one PGlite data
 * directory (git-ignored), demo data seeded on the first start, the gateway
 * URL and demo tokens printed. Ctrl-C shuts down cleanly.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateDemoData } from "@meander/fixtures";
import { DEMO_PASSWORD } from "@meander/identity";
import { createLogger } from "@meander/subgraph-kit";
import { readConfig } from "./config.js";
import { startPlatform } from "./platform.js";

const started = Date.now();
const config = readConfig();
const log = createLogger("meander", config.LOG_LEVEL);
const dataDir = config.MEANDER_DATA_DIR;
mkdirSync(dataDir, { recursive: true });
const marker = join(dataDir, "seeded");
const firstStart = !existsSync(marker);
const data = generateDemoData({ seed: 2026 });

console.log(`Starting Meander (${config.DATABASE_URL ? "PostgreSQL" : `PGlite in ${dataDir}`}, in-process events)...`);
const platform = await startPlatform({
  database: config.DATABASE_URL ? { kind: "postgres", url: config.DATABASE_URL, appUrl: config.APP_DATABASE_URL } : { kind: "pglite", dataDir: join(dataDir, "pglite") },
  port: config.PORT,
  seed: firstStart ? data : undefined,
  keyDir: dataDir,
  log,
});
if (firstStart) writeFileSync(marker, new Date().toISOString());

const org = data.organizations[0]!;
const pick = (role: string) => data.memberships.find((m) => m.role === role)!;
const tokens: Record<string, { name: string; email: string; token: string; refreshToken: string }> = {};
// Real sessions: each demo person logs in through the gateway, as a client would.
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
for (const role of ["org_admin", "coordinator", "peer_mentor"] as const) {
  const person = data.people.find((p) => p.id === pick(role).userId)!;
  const res = await fetch(platform.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email: person.email, password: DEMO_PASSWORD, device: { name: "npm start", platform: "cli" } } } }),
  });
  const login = ((await res.json()) as { data?: { login?: { accessToken: string; refreshToken: string } } }).data?.login;
  if (!login) {
    // Data seeded by an older version has no demo passwords: keep running, say how to start afresh.
    console.warn(`Demo login failed for ${person.email}; to reseed the demo data, stop and delete ${dataDir}.`);
    continue;
  }
  tokens[role] = { name: `${person.firstName} ${person.lastName}`, email: person.email, token: login.accessToken, refreshToken: login.refreshToken };
}
writeFileSync(join(dataDir, "demo-tokens.json"), JSON.stringify(tokens, null, 2));

console.log(`
Meander is running in ${((Date.now() - started) / 1000).toFixed(1)} s${firstStart ? " (first start: demo data seeded)" : ""}.

  GraphQL endpoint and Apollo Sandbox:  ${platform.url}

Demo people of ${org.name} (password "${DEMO_PASSWORD}"; log in with the login mutation).
Access tokens of fresh sessions (15 min; refresh tokens too in ${join(dataDir, "demo-tokens.json")}).
In Sandbox, set the header  Authorization: Bearer <token>
${Object.entries(tokens).map(([role, t]) => `  ${role.padEnd(12)} ${t.name} <${t.email}>\n    ${t.token}`).join("\n")}

Try:
  curl -s ${platform.url} -H 'content-type: application/json' \\
    -H "authorization: Bearer $(node -e 'console.log(require("${join(dataDir, "demo-tokens.json")}").org_admin.token)')" \\
    -d '{"query":"{ activities(first: 3) { edges { node { title activityDate mentor { displayName } localAssociation { name activityStats { approved } } expenses { amountOre } } } } }"}'

Press Ctrl-C to stop.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Meander...");
    void platform.stop().then(() => {
      console.log("Stopped.");
      process.exit(0);
    });
  });
}
