/**
 * The journey suite's platforms: ONE per way of running for the whole run, started side by side here (in vitest's
 * main process) and handed to the journey files by address (inject("journeyPlatforms")):
 *
 * - `embedded`: the default start, in memory: one PGlite instance, the in-process bus, the gateway in SAFELIST mode
 *   (only the operations of gateway/persisted-operations.json; the journeys send nothing else anyway);
 * - `postgres`: a fresh PostgreSQL database and the Kafka broker (KAFKA_BROKERS, 127.0.0.1:9092), the services
 *   hosted in this one process (the separate-process layout is proven by test/services-mode.test.ts).
 *
 * No demo data: every journey makes its own people through the operator's bootstrap. That command needs the
 * platform's own database (PGlite serves one process), so each platform gets an "operator console" beside it: a
 * local HTTP endpoint that runs the command's function (src/operator.ts) on that database, as an operator would run
 * `npm run admin` on the machine.
 *
 * JOURNEY_MODES=embedded (or postgres) starts only that platform, to run a journey alone quickly.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "@meander/subgraph-kit";
import { createMigratedDatabase, databaseUrl, dropDatabase, dropStale } from "@meander/testing";
import { createGlobalAdmin } from "../../src/operator.js";
import { startPlatform, type Platform } from "../../src/platform.js";
import { MIGRATIONS } from "../../src/services.js";
import { JOURNEY_MODES, journeyEnv, type JourneyMode, type JourneyPlatformInfo } from "./modes.js";

declare module "vitest" {
  export interface ProvidedContext {
    journeyPlatforms: Partial<Record<JourneyMode, JourneyPlatformInfo>>;
  }
}

interface Project {
  provide(key: "journeyPlatforms", value: Partial<Record<JourneyMode, JourneyPlatformInfo>>): void;
}

const PREFIX = "meander_j_";

/** The operator console: POST { command: "create-global-admin", email } runs the command's function on this database. */
async function operatorConsole(platform: Platform): Promise<Server> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d));
    req.on("end", () => {
      void (async () => {
        try {
          const { command, email } = JSON.parse(body) as { command: string; email: string };
          if (command !== "create-global-admin") throw new Error(`unknown command ${command}`);
          const result = await createGlobalAdmin(platform.database.db, { email });
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

async function start(mode: JourneyMode): Promise<{ platform: Platform; cleanup?: () => Promise<void> }> {
  const log = createLogger(`journeys-${mode}`, journeyEnv.logLevel);
  if (mode === "embedded") {
    return { platform: await startPlatform({ database: { kind: "pglite" }, port: 0, keyDir: null, safelist: true, log }) };
  }
  const name = `${PREFIX}${process.pid}`;
  await createMigratedDatabase(name, MIGRATIONS);
  const platform = await startPlatform({
    database: { kind: "postgres", url: databaseUrl(name) },
    events: { kind: "kafka", brokers: journeyEnv.kafkaBrokers, namespace: `j${randomUUID().slice(0, 8)}` },
    port: 0,
    keyDir: null,
    log,
  });
  return { platform, cleanup: () => dropDatabase(name) };
}

export default async function setup(project: Project) {
  await dropStale(PREFIX);
  const modes = JOURNEY_MODES;
  const started = await Promise.all(modes.map(async (mode) => ({ mode, ...(await start(mode)) })));
  const consoles = await Promise.all(started.map((s) => operatorConsole(s.platform)));
  const info: Partial<Record<JourneyMode, JourneyPlatformInfo>> = {};
  started.forEach((s, i) => {
    info[s.mode] = { url: s.platform.url, operatorUrl: `http://127.0.0.1:${(consoles[i]!.address() as AddressInfo).port}/`, safelist: s.mode === "embedded" };
  });
  project.provide("journeyPlatforms", info);
  return async () => {
    for (const c of consoles) c.close();
    for (const s of started) {
      await s.platform.stop();
      await s.cleanup?.();
    }
  };
}
