// `npm test`: install, make sure PostgreSQL runs, check the supergraph and types, run every package's tests,
// and print one closing line with the totals.
import { execSync, spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { install } from "./pnpm.mjs";

const root = new URL("../..", import.meta.url).pathname;
const started = Date.now();
const step = (name) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

step("install");
install();

step("PostgreSQL on 127.0.0.1:5432");
const pgReady = () => spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432"], { stdio: "ignore" }).status === 0;
if (!pgReady()) {
  console.log("PostgreSQL is not answering: starting it with the machine's own command");
  const version = readdirSync("/etc/postgresql")[0];
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: "inherit" });
  for (let i = 0; i < 30 && !pgReady(); i++) execSync("sleep 1");
  if (!pgReady()) throw new Error("PostgreSQL did not start");
}
console.log("PostgreSQL is ready");

step("Redis on 127.0.0.1:6379 (revoked sessions, rate limits)");
const redisReady = () =>
  spawnSync("redis-cli", ["-h", "127.0.0.1", "-p", "6379", "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG";
if (!redisReady()) {
  console.log("Redis is not answering: starting it with the machine's own command");
  execSync(
    `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log`,
    { stdio: "inherit" },
  );
  for (let i = 0; i < 20 && !redisReady(); i++) execSync("sleep 0.5");
  if (!redisReady()) throw new Error("Redis did not start");
}
console.log("Redis is ready");

step("Kafka on 127.0.0.1:9092 (infra/kafka: Apache Kafka's jars from Maven Central, no Docker)");
const kafka = join(root, "infra/kafka/kafka.sh");
const kafkaWasRunning = spawnSync(kafka, ["status"], { stdio: "ignore" }).status === 0;
if (!kafkaWasRunning) execSync(`${kafka} start`, { stdio: "inherit" });
// A broker that was already up may hold topics of earlier runs stopped half-way (each test file deletes its own).
else execSync(`node ${join(root, "infra/kafka/sweep-test-topics.mjs")}`, { stdio: "inherit" });
const stopKafka = () => {
  if (!kafkaWasRunning) spawnSync(kafka, ["stop"], { stdio: "inherit" });
};
process.on("exit", stopKafka);

// Two lanes, so the longest work starts first and the machine's two cores stay busy (a full run must stay under
// 20 minutes): lane A, the platform-wide tests (@meander/embedded: services mode, journeys on both ways of running,
// fuzzer), start at once; lane B runs the static checks, then every other package's tests (two at a time), then the
// benchmark suite's quick mode. A failed check stops both lanes.
const pm = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
const exitOf = (child) => new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
const lane = (args) => spawn("npx", ["--yes", pm, ...args], { stdio: "inherit", cwd: root, detached: true });
const children = new Set();
const stopAll = () => {
  for (const c of children)
    if (c.exitCode === null)
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
};
process.on("exit", stopAll);
const run = async (name, args) => {
  step(name);
  const child = lane(args);
  children.add(child);
  const code = await exitOf(child);
  children.delete(child);
  return code;
};
const check = async (name, args) => {
  const code = await run(name, args);
  if (code !== 0) {
    console.error(`${name} failed (exit ${code})`);
    stopAll();
    process.exit(code);
  }
};

step("tests, lane A: the platform-wide tests start now");
const reports = [];
const collect = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".git")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) collect(p);
    else if (e.name === ".vitest-report.json" || e.name === ".vitest-hook-errors.json") reports.push(p);
  }
};
collect(root);
reports.forEach((r) => rmSync(r));
const platform = run("platform-wide tests (@meander/embedded)", ["--filter", "@meander/embedded", "run", "test"]);

await check("formatting (Prettier, printWidth 120: `pnpm format` fixes it)", ["run", "format:check"]);
await check("supergraph composition check", ["run", "compose:check"]);
await check(
  "persisted operation manifest check (gateway/operations is valid against the supergraph, the manifest current)",
  ["run", "persisted:check"],
);
await check("generated code is current (resolver types from SDL, migrations from drizzle schemas)", [
  "exec",
  "turbo",
  "run",
  "codegen",
  "db:generate",
  "--output-logs=errors-only",
  "--concurrency=2",
]);
const drift = execSync("git status --porcelain -- 'subgraphs/*/src/__generated__' 'subgraphs/*/src/db/migrations'", {
  cwd: root,
}).toString();
if (drift.trim()) {
  console.error(
    `Generated files differ from the committed ones (run pnpm codegen / pnpm db:generate and commit):\n${drift}`,
  );
  stopAll();
  process.exit(1);
}
// One program over the whole workspace (the root tsconfig.json): shared packages are checked once, not once per
// package that imports them (18 turbo tasks took 2 min 15 s on the CI machine's 2 cores; this takes about 20 s).
await check("typecheck", ["exec", "tsc", "-p", "tsconfig.json"]);
await check("lint", ["exec", "eslint", "."]);
const packagesStatus = await run("tests, lane B: every other package, two at a time", [
  "exec",
  "turbo",
  "run",
  "test",
  "--filter=!@meander/embedded",
  "--concurrency=2",
  "--continue",
]);
// The benchmark suite's quick mode keeps it working (figures are printed, never asserted).
const benchStatus = await run("benchmarks, quick mode", ["run", "bench", "--quick"]);
const platformStatus = await platform;
const testsPassed = platformStatus === 0 && packagesStatus === 0;

reports.length = 0;
collect(root);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of reports.filter((f) => f.endsWith(".vitest-hook-errors.json"))) {
  for (const e of JSON.parse(readFileSync(file, "utf8"))) {
    failures.push(
      `${e.file}${e.suite ? ` > ${e.suite}` : ""} (hook)\n    ${String(e.stack ?? e.message)
        .split("\n")
        .slice(0, 8)
        .join("\n    ")}`,
    );
  }
}
for (const file of reports.filter((f) => f.endsWith(".vitest-report.json"))) {
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  // A file that fails to load has no failed test but a failed suite: count it too.
  failed += r.numFailedTests > 0 ? r.numFailedTests : r.numFailedTestSuites;
  skipped += r.numPendingTests + r.numTodoTests;
  for (const suite of r.testResults ?? []) {
    if (suite.status === "failed" && !(suite.assertionResults ?? []).some((a) => a.status === "failed")) {
      failures.push(`${suite.name}: ${String(suite.message ?? "").slice(0, 600)}`);
    }
    for (const a of suite.assertionResults ?? []) {
      if (a.status === "failed")
        failures.push(
          `${suite.name} > ${a.fullName}\n    ${(a.failureMessages ?? []).join("\n").split("\n").slice(0, 8).join("\n    ")}`,
        );
    }
  }
}
// The failures again at the end, where a truncated log still shows them.
if (failures.length) console.log(`\nFailed tests:\n${failures.map((f) => `- ${f.replace(root, "")}`).join("\n")}`);
console.log(
  `\nTest run finished in ${((Date.now() - started) / 1000).toFixed(0)} s across ${reports.filter((f) => f.endsWith(".vitest-report.json")).length} packages.`,
);
if (!testsPassed && failed === 0) failed = 1;
if (benchStatus !== 0) {
  console.error("the benchmark suite's quick mode failed");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = testsPassed && failed === 0 ? 0 : 1;
