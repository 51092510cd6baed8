/**
 * startPlatform(): the gateway and the six subgraphs in one process, each
 * subgraph on its own port, on one database (one PGlite instance holding the
 * six pg schemas, or one PostgreSQL database), with the in-process event bus
 * (whose history, for a replay, is the six outboxes of that database).
 * The embedded default, the end-to-end tests and the smoke test all use it.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createTokenVerifier, signAccessToken, type Role } from "@meander/auth";
import {
  APP_ROLE,
  asRole,
  connectPostgres,
  openPglite,
  queryRows,
  runMigrations,
  usePglite,
  type DatabaseHandle,
} from "@meander/db";
import { createInProcessBus, createKafkaBus, outboxHistory, type EventBus } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { createGateway, type SubgraphName } from "@meander/gateway";
import type { Listening, Logger, Service } from "@meander/subgraph-kit";
import { observePool } from "@meander/observability";
import { loadOrCreateKey, loadOrCreateMasterKey } from "./keys.js";
import { MIGRATIONS, SERVICES } from "./services.js";

export const TOKEN_SETTINGS = { issuer: "meander-identity", audience: "meander" };

export interface PlatformOptions {
  /** PostgreSQL: `url` migrates and seeds (the owner), `appUrl` serves (default: `url` as meander_app, no password). */
  database: { kind: "pglite"; dataDir?: string } | { kind: "postgres"; url: string; appUrl?: string };
  /** PostgreSQL: the connections the services share (default 20); PGlite has one. */
  poolSize?: number;
  /** The services' periodic jobs (reminders, report schedules, partition maintenance); default on (see SubgraphDeps). */
  scheduledJobs?: boolean;
  /** Gateway port (0 = any free port); subgraphs take the next six, or any free ports when 0. */
  port: number;
  /** Demo data to seed after start (through each subgraph's own seed, so events flow). */
  seed?: DemoData;
  /** The event transport: in-process (the embedded default) or a Kafka broker. */
  events?: { kind: "in-process" } | { kind: "kafka"; brokers: string[]; namespace?: string };
  /** Outbox relay poll interval (default 100 ms); relays are also poked after each commit that wrote events. */
  relayPollMs?: number;
  /** Safelist mode: the gateway accepts only the operations of the persisted manifest (gateway/persisted-operations.json). */
  safelist?: boolean;
  /**
   * Aborting it interrupts the start at its next step (migration, service, seed): what was opened is closed and the
   * start rejects with the abort's reason. A started platform is stopped with stop().
   */
  signal?: AbortSignal;
  /** Where the token key is kept (null: a fresh key in memory). */
  keyDir: string | null;
  log: Logger;
}

export interface Platform {
  url: string;
  /** The gateway's signing secret: tests sign direct subgraph calls (`_entities`) with it. */
  signingSecret: string;
  bus: EventBus;
  subgraphUrls: Record<SubgraphName, string>;
  database: DatabaseHandle;
  mint(
    claims: { userId: string; organizationId: string | null; localAssociationId: string | null; role: Role },
    ttlSeconds?: number,
  ): Promise<string>;
  /** Resolves when every outbox is drained and every event handled. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** What a start has opened so far: a start that fails or is interrupted closes exactly these, as a stop does. */
interface Opened {
  database?: DatabaseHandle;
  serving?: DatabaseHandle;
  bus?: EventBus;
  services: Service[];
  gateway?: { stop(): Promise<void> };
}

async function closeOpened(opened: Opened): Promise<void> {
  await opened.gateway?.stop();
  await Promise.all(opened.services.map((s) => s.stop()));
  await opened.bus?.close();
  const { database, serving } = opened;
  if (database?.kind === "pglite") await database.client.close();
  else await Promise.all([serving !== database ? serving?.close() : undefined, database?.close()]);
}

export async function startPlatform(opts: PlatformOptions): Promise<Platform> {
  const opened: Opened = { services: [] };
  try {
    return await start(opts, opened);
  } catch (err) {
    // Interrupted (opts.signal) or failed part-way: nothing it opened is left behind (ports, PGlite, connections).
    await closeOpened(opened).catch((closeErr: unknown) =>
      opts.log.warn({ err: closeErr }, "closing a failed start failed"),
    );
    throw err;
  }
}

async function start(opts: PlatformOptions, opened: Opened): Promise<Platform> {
  const { log } = opts;
  const step = () => opts.signal?.throwIfAborted();
  const database = (opened.database =
    opts.database.kind === "pglite"
      ? usePglite(await openPglite(opts.database.dataDir))
      : connectPostgres(opts.database.url, { max: 20 }));
  for (const m of MIGRATIONS) {
    step();
    await runMigrations(database, m);
  }
  // On PostgreSQL the services work as the application role (not owner, NOBYPASSRLS), as in services mode; the owner's
  // connection migrates, seeds and is what `database` hands to tests. PGlite has one superuser: requests switch role
  // per transaction (SET LOCAL ROLE), workers run as the superuser.
  const serving = (opened.serving =
    opts.database.kind === "postgres"
      ? connectPostgres(opts.database.appUrl ?? asRole(opts.database.url, APP_ROLE), {
          max: opts.poolSize ?? 20,
          scope: "platform",
        })
      : database);
  // One pool serves the six subgraphs here: its metrics carry service="platform".
  const unobservePool = serving.kind === "postgres" ? observePool("platform", serving.pool) : () => {};

  const key = await loadOrCreateKey(opts.keyDir);
  const masterKey = loadOrCreateMasterKey(opts.keyDir);
  const verifier = createTokenVerifier({ keys: [key.publicJwk] }, TOKEN_SETTINGS);
  const signingSecret = randomBytes(32).toString("hex");
  const onError = (err: unknown) => log.error({ err }, "event delivery failed");
  const bus: EventBus = (opened.bus =
    opts.events?.kind === "kafka"
      ? await createKafkaBus({
          brokers: opts.events.brokers,
          namespace: opts.events.namespace,
          clientId: "meander-platform",
          onError,
        })
      : createInProcessBus({
          onError,
          history: outboxHistory(
            database.db,
            SERVICES.map((s) => s.SUBGRAPH),
          ),
        }));

  const listening: Listening[] = [];
  for (const [i, mod] of SERVICES.entries()) {
    step();
    const service = await mod.createSubgraph({
      db: serving.db,
      bus,
      verifier,
      signingSecret,
      log: log.child({ service: mod.SUBGRAPH }),
      relayPollMs: opts.relayPollMs ?? 100,
      scheduledJobs: opts.scheduledJobs,
      signingKeys: [key],
      masterKey,
    });
    opened.services.push(service);
    listening.push(await service.start(opts.port === 0 ? 0 : opts.port + 1 + i));
  }
  step();
  const subgraphUrls = Object.fromEntries(SERVICES.map((s, i) => [s.SUBGRAPH, listening[i]!.url])) as Record<
    SubgraphName,
    string
  >;
  const gateway = (opened.gateway = createGateway({
    subgraphUrls,
    signingSecret,
    verifier,
    log: log.child({ service: "gateway" }),
    bus,
    persisted: { safelist: opts.safelist ?? false },
  }));
  const gatewayListening = await gateway.start(opts.port);

  const unsent = sql.raw(
    SERVICES.map((s) => `select count(*)::int as n from "${s.SUBGRAPH}".outbox where sent_at is null`).join(
      " union all ",
    ),
  );
  async function settle() {
    for (let quiet = 0; quiet < 2;) {
      step();
      const rows = await queryRows<{ n: number }>(database.db, unsent);
      if (rows.every((r) => r.n === 0)) {
        await bus.idle();
        quiet += 1;
      } else {
        quiet = 0;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  if (opts.seed) {
    for (const mod of SERVICES) {
      step();
      await mod.seedDemo(database.db, opts.seed, { masterKey });
      await settle();
    }
  }

  return {
    url: gatewayListening.url,
    signingSecret,
    bus,
    subgraphUrls,
    database,
    mint: (c, ttlSeconds = 3600) =>
      signAccessToken(
        key,
        { sub: c.userId, sid: randomUUID(), org: c.organizationId, la: c.localAssociationId, role: c.role },
        { ...TOKEN_SETTINGS, ttlSeconds },
      ),
    settle,
    stop: async () => {
      unobservePool();
      await closeOpened(opened);
    },
  };
}
