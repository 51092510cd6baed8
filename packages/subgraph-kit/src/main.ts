/**
 * The services-mode entry shared by every subgraph: read the typed config,
 * connect to PostgreSQL, apply this subgraph's migrations, start, and shut
 * down cleanly on SIGINT/SIGTERM.
 * Events travel over Kafka when KAFKA_BROKERS is set, else stay in the process.
 */
import { createTokenVerifier, importSigningKeys } from "@meander/auth";
import { jwksSource, type SubgraphEnv } from "@meander/config";
import { connectPostgres, ping, runMigrations, type MigrationSource } from "@meander/db";
import { createInProcessBus, createKafkaBus, type EventBus } from "@meander/events";
import { observePool, startTracing } from "@meander/observability";
import { createLogger } from "./logger.js";
import type { Service, SubgraphDeps } from "./service.js";

export interface SubgraphModule {
  name: string;
  migrations: MigrationSource;
  createSubgraph(deps: SubgraphDeps): Promise<Service>;
  readConfig(): SubgraphEnv & { PORT: number };
}

export async function runSubgraphMain(mod: SubgraphModule): Promise<void> {
  const config = mod.readConfig();
  const log = createLogger(mod.name, config.LOG_LEVEL);
  // Spans go to the collector when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise tracing stays off.
  const tracing = startTracing({
    serviceName: mod.name,
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    sampler: config.OTEL_TRACES_SAMPLER,
    samplerArg: config.OTEL_TRACES_SAMPLER_ARG,
  });
  // Migrations run as the owner (MIGRATION_DATABASE_URL) on a connection of their own; the service then works as
  // DATABASE_URL's role (meander_app in production), whose sessions start in the platform scope for the workers.
  if (config.MIGRATION_DATABASE_URL) {
    const owner = connectPostgres(config.MIGRATION_DATABASE_URL, { max: 1 });
    try {
      await runMigrations(owner, mod.migrations);
    } finally {
      await owner.close();
    }
  }
  // A connection that dies (restart, failover, pg_terminate_backend) is logged, never fatal: the pool replaces it.
  const database = connectPostgres(config.DATABASE_URL, {
    scope: "platform",
    onError: (err) => log.warn({ err }, "database connection lost"),
  });
  if (database.kind === "postgres") observePool(mod.name, database.pool);
  if (!config.MIGRATION_DATABASE_URL) await runMigrations(database, mod.migrations);
  const onError = (err: unknown) => log.error({ err }, "event delivery failed");
  const bus: EventBus = config.KAFKA_BROKERS?.length
    ? await createKafkaBus({
        brokers: config.KAFKA_BROKERS,
        clientId: mod.name,
        partitions: config.KAFKA_PARTITIONS,
        namespace: config.KAFKA_NAMESPACE,
        onError,
      })
    : createInProcessBus({ onError });
  const service = await mod.createSubgraph({
    db: database.db,
    bus,
    verifier: createTokenVerifier(jwksSource(config) as Parameters<typeof createTokenVerifier>[0], {
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    }),
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    log,
    ready: () => ping(database),
    signingKeys: config.AUTH_SIGNING_KEYS ? await importSigningKeys(JSON.parse(config.AUTH_SIGNING_KEYS)) : undefined,
  });
  await service.start(config.PORT, "0.0.0.0");
  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    await service.stop();
    await bus.close();
    await database.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}
