/** Process entry for the services mode. */
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { createTokenVerifier } from "@meander/auth";
import { createKafkaBus, type EventBus } from "@meander/events";
import { createLogger } from "@meander/subgraph-kit";
import { startTracing } from "@meander/observability";
import { jwksSource } from "@meander/config";
import { limitsOf, readConfig } from "./config.js";
import { createMemoryRevocationStore, createRedisRevocationStore, REVOCATION_GROUP } from "./revocations.js";
import { PersistedOperations } from "./persisted.js";
import { createGateway } from "./server.js";

const config = readConfig();
const log = createLogger("gateway", config.LOG_LEVEL);
// Spans go to the collector when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise tracing stays off.
const tracing = startTracing({
  serviceName: "gateway",
  endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  sampler: config.OTEL_TRACES_SAMPLER,
  samplerArg: config.OTEL_TRACES_SAMPLER_ARG,
});

// Revoked sessions: in Redis, shared by every gateway instance, when REDIS_URL is set; else in this process.
const revocations = config.REDIS_URL
  ? createRedisRevocationStore({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, log })
  : createMemoryRevocationStore();
if (!config.REDIS_URL)
  log.warn("REDIS_URL is not set: revoked sessions are kept in memory (one gateway instance only)");

const bus: EventBus | undefined = config.KAFKA_BROKERS?.length
  ? await createKafkaBus({
      brokers: config.KAFKA_BROKERS,
      clientId: "gateway",
      partitions: config.KAFKA_PARTITIONS,
      namespace: config.KAFKA_NAMESPACE,
      onError: (err) => log.error({ err }, "event delivery failed"),
    })
  : undefined;
if (!bus) log.warn("KAFKA_BROKERS is not set: the gateway hears of no session revocation");

const gateway = createGateway({
  subgraphUrls: {
    identity: config.IDENTITY_URL,
    organization: config.ORGANIZATION_URL,
    activity: config.ACTIVITY_URL,
    finance: config.FINANCE_URL,
    engagement: config.ENGAGEMENT_URL,
    reporting: config.REPORTING_URL,
  },
  signingSecret: config.GATEWAY_SIGNING_SECRET,
  verifier: createTokenVerifier(jwksSource(config) as Parameters<typeof createTokenVerifier>[0], {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  }),
  log,
  production: config.NODE_ENV === "production",
  bus,
  revocations,
  trustedProxies: config.TRUSTED_PROXIES,
  limits: limitsOf(config),
  subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  introspection: { roles: config.INTROSPECTION_ROLES, keys: config.INTROSPECTION_KEYS },
  persisted: {
    operations: config.PERSISTED_OPERATIONS_FILE
      ? PersistedOperations.fromFile(config.PERSISTED_OPERATIONS_FILE)
      : undefined,
    safelist: config.PERSISTED_OPERATIONS_ONLY,
  },
  // With the shared Redis store one group for all instances is right (any instance's write reaches all).
  // A memory store is this instance's alone: it needs every event, so its group is its own, and reading the
  // identity topic from the beginning rebuilds the revocations after a restart.
  revocationGroup: config.REDIS_URL
    ? REVOCATION_GROUP
    : `${REVOCATION_GROUP}.${hostname()}.${randomUUID().slice(0, 8)}`,
});
await gateway.start(config.PORT, "0.0.0.0");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void (async () => {
        await gateway.stop();
        await bus?.close();
        await revocations.close();
        await tracing?.shutdown();
        process.exit(0);
      })(),
  );
}
