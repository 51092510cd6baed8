/** The gateway's typed environment (services mode). The only reader of process.env in the gateway. */
import { authEnv, env, kafkaEnv, loadConfig, z } from "@meander/config";
import { DEFAULT_LIMITS, type GatewayLimits } from "./limits.js";
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from "./subgraph-fetch.js";

const limit = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const gatewayConfigSchema = z.object({
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  PORT: env.port(4000),
  /** Traces go to this OpenTelemetry collector (OTLP/HTTP) when set; off otherwise. */
  OTEL_EXPORTER_OTLP_ENDPOINT: env.otlpEndpoint(),
  /** Which requests are traced (OpenTelemetry's variables; default parentbased_traceidratio at 0.1). */
  OTEL_TRACES_SAMPLER: env.tracesSampler(),
  OTEL_TRACES_SAMPLER_ARG: env.tracesSamplerArg(),
  ...authEnv,
  IDENTITY_URL: z.string().url().default("http://127.0.0.1:4001/graphql"),
  ORGANIZATION_URL: z.string().url().default("http://127.0.0.1:4002/graphql"),
  ACTIVITY_URL: z.string().url().default("http://127.0.0.1:4003/graphql"),
  FINANCE_URL: z.string().url().default("http://127.0.0.1:4004/graphql"),
  ENGAGEMENT_URL: z.string().url().default("http://127.0.0.1:4005/graphql"),
  REPORTING_URL: z.string().url().default("http://127.0.0.1:4006/graphql"),
  /** Proxies (load balancers) in front of the gateway that append to X-Forwarded-For; 0 = clients connect directly. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Where revoked sessions are kept (redis://host:6379): shared by every gateway instance.
   * Unset (or empty) = in memory, which only suits a single gateway instance.
   */
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
      .optional(),
  ),
  /** Prefix of the revoked-session keys, so environments can share one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).default("meander:revoked:"),
  /**
   * The subgraphs' Kafka settings. KAFKA_BROKERS unset = no event bus: the gateway hears of no revocation and a
   * revoked session's tokens pass until they expire, so services mode must set it.
   */
  ...kafkaEnv,
  /** Request limits (src/limits.ts); every hostile request is refused before any subgraph sees it. */
  MAX_QUERY_DEPTH: limit(DEFAULT_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: limit(DEFAULT_LIMITS.maxAliases),
  MAX_QUERY_DIRECTIVES: limit(DEFAULT_LIMITS.maxDirectives),
  MAX_QUERY_TOKENS: limit(DEFAULT_LIMITS.maxTokens),
  MAX_QUERY_COST: limit(DEFAULT_LIMITS.maxCost),
  /** Page size assumed, for the cost, of a list field without first/last/limit. */
  DEFAULT_LIST_SIZE: limit(DEFAULT_LIMITS.defaultListSize),
  MAX_BODY_BYTES: limit(DEFAULT_LIMITS.maxBodyBytes),
  MAX_UPLOAD_BODY_BYTES: limit(DEFAULT_LIMITS.maxUploadBodyBytes),
  /** A subgraph request not answered within this is cut and answered SERVICE_UNAVAILABLE (src/subgraph-errors.ts). */
  SUBGRAPH_TIMEOUT_MS: limit(DEFAULT_SUBGRAPH_TIMEOUT_MS),
  /** Roles that may introspect the schema in production (development: everyone). */
  INTROSPECTION_ROLES: env
    .list()
    .pipe(z.array(z.enum(["peer_mentor", "coordinator", "org_admin", "global_admin"])))
    .default(["global_admin"]),
  /** Integrator keys (sent as `x-introspection-key`) that may introspect in production; each at least 32 characters. */
  INTROSPECTION_KEYS: env
    .list()
    .pipe(z.array(z.string().min(32, "each key must be at least 32 characters")))
    .default([]),
  /** The persisted operation manifest (Apollo's format); default: the committed gateway/persisted-operations.json. */
  PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
  /** Safelist: accept only operations registered in the manifest (production mobile apps). */
  PERSISTED_OPERATIONS_ONLY: env.bool(false),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** The request limits out of a read configuration. */
export function limitsOf(config: GatewayConfig): GatewayLimits {
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxCost: config.MAX_QUERY_COST,
    defaultListSize: config.DEFAULT_LIST_SIZE,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxUploadBodyBytes: config.MAX_UPLOAD_BODY_BYTES,
  };
}

export function readConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, source);
}
