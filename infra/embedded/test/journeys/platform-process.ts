/**
 * One journey platform in a process of its own (global-setup.ts starts one per way of running), so the embedded
 * platform (PGlite, the in-process bus) and the PostgreSQL + Kafka platform each have a core instead of sharing
 * vitest's main thread, and the journeys of both ways of running proceed side by side.
 *
 *   node --import tsx test/journeys/platform-process.ts <embedded|postgres>
 *
 * Prints one line, `JOURNEY_PLATFORM {"url":…,"operatorUrl":…,"safelist":…}`, once the platform answers, and stops
 * the platform (dropping its database) on SIGTERM.
 *
 * No demo data: every journey makes its own people through the operator's bootstrap. That command needs the
 * platform's own database (PGlite serves one process), so each platform gets an "operator console" beside it: a
 * local HTTP endpoint that runs the command's function (src/operator.ts) on that database, as an operator would run
 * `npm run admin` on the machine. A second command, `scan-database`, is the auditor's look at the disk: every text
 * and JSON column of every schema searched for markers as the database's owner (@meander/testing's scan). A third,
 * `scan-topics` (postgres way of running only), reads every message of the platform's Kafka topics from the
 * beginning and searches them for markers (topic-scan.ts).
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "@meander/subgraph-kit";
import { deleteNamespaceTopics } from "@meander/events";
import { columnsHoldingAny, createMigratedDatabase, databaseUrl, dropDatabase } from "@meander/testing";
import { createGlobalAdmin } from "../../src/operator.js";
import { startPlatform, type Platform } from "../../src/platform.js";
import { MIGRATIONS } from "../../src/services.js";
import { journeyEnv, type JourneyMode, type JourneyPlatformInfo } from "./modes.js";
import { scanTopics } from "./topic-scan.js";

/** The prefix of the journey databases (global-setup.ts drops stale ones). */
export const PREFIX = "meander_j_";
/** The line the parent waits for. */
export const READY = "JOURNEY_PLATFORM ";

/**
 * The operator console: POST { command: "create-global-admin", email } runs the command's function on this database;
 * POST { command: "scan-database", markers } answers every column holding each marker ({ hits, scanned });
 * POST { command: "scan-topics", markers } every Kafka message holding each (TopicScan), or null on the embedded way.
 */
async function operatorConsole(platform: Platform, namespace: string | null): Promise<Server> {
  // One command at a time, as an operator at a terminal runs them: journey files on this platform run side by side,
  // and the first command of each would otherwise race to create the platform organization.
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d));
    req.on("end", () => {
      void (async () => {
        try {
          const { command, email, markers } = JSON.parse(body) as {
            command: string;
            email: string;
            markers?: string[];
          };
          const commands: Record<string, () => Promise<unknown>> = {
            "create-global-admin": () => createGlobalAdmin(platform.database.db, { email }),
            "scan-database": () => columnsHoldingAny({ db: platform.database.db }, markers ?? []),
            "scan-topics": async () =>
              namespace ? scanTopics(journeyEnv.kafkaBrokers, namespace, markers ?? []) : null,
          };
          const task = commands[command];
          if (!task) throw new Error(`unknown command ${command}`);
          const run = queue.then(task);
          queue = run.catch(() => undefined);
          const result = await run;
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
        } catch (err) {
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(err) }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function start(
  mode: JourneyMode,
): Promise<{ platform: Platform; namespace: string | null; cleanup?: () => Promise<void> }> {
  const log = createLogger(`journeys-${mode}`, journeyEnv.logLevel);
  if (mode === "embedded") {
    return {
      platform: await startPlatform({ database: { kind: "pglite" }, port: 0, keyDir: null, safelist: true, log }),
      namespace: null,
    };
  }
  const name = `${PREFIX}${process.pid}`;
  await createMigratedDatabase(name, MIGRATIONS);
  const namespace = `j${randomUUID().slice(0, 8)}`;
  const platform = await startPlatform({
    database: { kind: "postgres", url: databaseUrl(name) },
    events: { kind: "kafka", brokers: journeyEnv.kafkaBrokers, namespace },
    port: 0,
    keyDir: null,
    log,
  });
  const cleanup = async () => {
    await dropDatabase(name);
    await deleteNamespaceTopics(journeyEnv.kafkaBrokers, namespace).catch(() => 0);
  };
  return { platform, namespace, cleanup };
}

async function main(mode: JourneyMode) {
  const { platform, namespace, cleanup } = await start(mode);
  const console_ = await operatorConsole(platform, namespace);
  const info: JourneyPlatformInfo = {
    url: platform.url,
    operatorUrl: `http://127.0.0.1:${(console_.address() as AddressInfo).port}/`,
    safelist: mode === "embedded",
  };
  process.stdout.write(`${READY}${JSON.stringify(info)}\n`);
  let stopping = false;
  process.on("SIGTERM", () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      console_.close();
      await platform.stop();
      await cleanup?.();
      process.exit(0);
    })();
  });
}

// Run as a script (not when global-setup.ts imports the constants above).
const mode = process.argv[2] as JourneyMode | undefined;
if (process.argv[1]?.endsWith("platform-process.ts") && (mode === "embedded" || mode === "postgres")) {
  main(mode).catch((err: unknown) => {
    process.stderr.write(`journey platform ${mode} did not start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
