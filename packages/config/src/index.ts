/**
 * Typed, validated environment for every service. Each service declares a zod
 * object of the variables it reads; `loadConfig` parses them once and fails
 * with one message listing every bad or missing variable.
 */
import { z } from "zod";

export class ConfigError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
}

/** Building blocks shared by the services' config modules. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  url: () => z.string().url(),
  secret: () => z.string().min(32, "must be at least 32 characters"),
  list: () =>
    z.string().transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  bool: (fallback: boolean) =>
    z
      .enum(["true", "false", "1", "0"])
      .default(fallback ? "true" : "false")
      .transform((v) => v === "true" || v === "1"),
  logLevel: () => z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * OTEL_EXPORTER_OTLP_ENDPOINT: the OpenTelemetry collector's OTLP/HTTP base URL (http://collector:4318); spans are
   * sent to `<it>/v1/traces`. Unset or empty: tracing is off (no span is made).
   */
  otlpEndpoint: () => z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  /**
   * OTEL_TRACES_SAMPLER: the head sampler (OpenTelemetry's names); unset or empty: parentbased_traceidratio
   * (@meander/observability sampler.ts).
   */
  tracesSampler: () =>
    z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .enum([
          "always_on",
          "always_off",
          "traceidratio",
          "parentbased_always_on",
          "parentbased_always_off",
          "parentbased_traceidratio",
        ])
        .optional(),
    ),
  /** OTEL_TRACES_SAMPLER_ARG: a ratio sampler's ratio, 0 to 1; unset or empty: 0.1. */
  tracesSamplerArg: () => z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0).max(1).optional()),
  nodeEnv: () => z.enum(["development", "test", "production"]).default("development"),
};

/** How requests are trusted, read by the gateway and every subgraph alike. */
export const authEnv = {
  /** The gateway signs every subgraph request with it (HMAC); subgraphs refuse unsigned ones. */
  GATEWAY_SIGNING_SECRET: env.secret(),
  /** The JSON Web Key Set that verifies access tokens, inline; or AUTH_JWKS_URL (identity's /.well-known/jwks.json). */
  AUTH_JWKS: z.string().optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().default("meander-identity"),
  AUTH_AUDIENCE: z.string().default("meander"),
};

/** The event bus, read by the gateway (revocations) and every subgraph alike. */
export const kafkaEnv = {
  /** Comma-separated Kafka brokers (127.0.0.1:9092); unset = the in-process bus (events stay in this process). */
  KAFKA_BROKERS: env.list().optional(),
  KAFKA_PARTITIONS: z.coerce.number().int().positive().default(3),
  /** Prefix for topics and consumer groups when environments share a broker. */
  KAFKA_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_-]*$/)
    .default(""),
};

/** Variables every subgraph reads, in services mode. */
export const subgraphEnvSchema = z.object({
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  /**
   * The service's own connection: the application role (`meander_app`: owns no table, cannot bypass row-level
   * security). Its sessions default to the platform scope (workers); each request narrows it per transaction.
   */
  DATABASE_URL: z.string().min(1, "required (postgres://...)"),
  /** The owner's connection, used only to run this subgraph's migrations at start-up; unset: DATABASE_URL migrates too. */
  MIGRATION_DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  ...authEnv,
  /**
   * Identity only: the private signing keys (a JSON array of Ed25519 JWKs with `kid`), the first one active,
   * the others still published in the JWKS until their tokens expire (rotation).
   */
  AUTH_SIGNING_KEYS: z.string().optional(),
  ...kafkaEnv,
  OTEL_EXPORTER_OTLP_ENDPOINT: env.otlpEndpoint(),
  OTEL_TRACES_SAMPLER: env.tracesSampler(),
  OTEL_TRACES_SAMPLER_ARG: env.tracesSamplerArg(),
});
export type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;

/** A subgraph's whole environment: the shared variables plus its own default port. */
export const subgraphConfigSchema = (defaultPort: number) => subgraphEnvSchema.extend({ PORT: env.port(defaultPort) });

/** Where access tokens are verified from: the inline key set, else identity's JWKS URL (one of them is required). */
export function jwksSource(config: { AUTH_JWKS?: string; AUTH_JWKS_URL?: string }): { keys: unknown[] } | URL {
  if (config.AUTH_JWKS) return JSON.parse(config.AUTH_JWKS) as { keys: unknown[] };
  if (config.AUTH_JWKS_URL) return new URL(config.AUTH_JWKS_URL);
  throw new ConfigError(["AUTH_JWKS or AUTH_JWKS_URL: one is required to verify access tokens"]);
}

export { masterKeyEnv } from "./master-key.js";
export { z };
