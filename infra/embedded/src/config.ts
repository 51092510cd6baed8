/** The embedded launcher's environment: everything has a default, so `npm start` needs nothing. */
import { env, loadConfig, z } from "@meander/config";

const schema = z.object({
  LOG_LEVEL: env.logLevel().default("warn"),
  PORT: env.port(4000),
  /** Subgraphs listen on PORT+1 ... PORT+6. */
  MEANDER_DATA_DIR: z.string().default(new URL("../../../.data/embedded", import.meta.url).pathname),
  /** Set to a postgres:// URL to run the same launcher on PostgreSQL instead of PGlite. */
  DATABASE_URL: z.string().optional(),
  /**
   * How the services connect on PostgreSQL: the application role (meander_app, NOBYPASSRLS). Default: DATABASE_URL
   * with the user meander_app and no password (trust authentication); set it where the role has a password.
   */
  APP_DATABASE_URL: z.string().optional(),
  /** Safelist mode: the gateway accepts only the operations of gateway/persisted-operations.json (as the production apps). */
  PERSISTED_OPERATIONS_ONLY: env.bool(false),
  /** `pnpm replay` on services mode: the broker whose topics are replayed (unset: the embedded start's outboxes). */
  KAFKA_BROKERS: env.list().optional(),
  KAFKA_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_-]*$/)
    .default(""),
  /** Traces of every service go to this OpenTelemetry collector (OTLP/HTTP) when set; off otherwise. */
  OTEL_EXPORTER_OTLP_ENDPOINT: env.otlpEndpoint(),
  /** Which requests are traced (OpenTelemetry's variables; default parentbased_traceidratio at 0.1). */
  OTEL_TRACES_SAMPLER: env.tracesSampler(),
  OTEL_TRACES_SAMPLER_ARG: env.tracesSamplerArg(),
});

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(schema, source);
}

/**
 * The environment a process launched from code inherits (services mode from code, src/launch.ts): this process's
 * own, to which the launcher adds each service's variables. Read here, the package's one reader of process.env.
 */
export function inheritedEnvironment(
  source: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  return { ...source };
}

/** The journey suite's variables (test/journeys/modes.ts): which platforms to start, the broker, the log level. */
const journeySchema = z.object({
  KAFKA_BROKERS: env.list().default(["127.0.0.1:9092"]),
  LOG_LEVEL: env.logLevel().default("silent"),
});

export function readJourneyConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(journeySchema, source);
}
