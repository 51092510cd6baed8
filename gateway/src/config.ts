/** The gateway's typed environment (services mode). The only reader of process.env in the gateway. */
import { env, loadConfig, z } from "@meander/config";

export const gatewayConfigSchema = z.object({
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  PORT: env.port(4000),
  GATEWAY_SIGNING_SECRET: env.secret(),
  AUTH_JWKS: z.string().min(1, "required: the JSON Web Key Set that verifies access tokens"),
  AUTH_ISSUER: z.string().default("meander-identity"),
  AUTH_AUDIENCE: z.string().default("meander"),
  IDENTITY_URL: z.string().url().default("http://127.0.0.1:4001/graphql"),
  ORGANIZATION_URL: z.string().url().default("http://127.0.0.1:4002/graphql"),
  ACTIVITY_URL: z.string().url().default("http://127.0.0.1:4003/graphql"),
  FINANCE_URL: z.string().url().default("http://127.0.0.1:4004/graphql"),
  ENGAGEMENT_URL: z.string().url().default("http://127.0.0.1:4005/graphql"),
  REPORTING_URL: z.string().url().default("http://127.0.0.1:4006/graphql"),
});

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewayConfigSchema, source);
}
