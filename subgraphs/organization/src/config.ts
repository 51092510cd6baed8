/** The organization service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, masterKeyEnv, subgraphConfigSchema, z } from "@meander/config";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";
import type { LeadOptions, SettingsOptions } from "./server.js";

// An empty variable (e.g. `REDIS_URL=` in a compose file) means unset.
const optionalUrl = () => z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

export const organizationConfigSchema = subgraphConfigSchema(4002).extend({
  /** redis://127.0.0.1:6379: rate_limit_per_ip shared by every instance; unset: counted in this process only. */
  REDIS_URL: optionalUrl(),
  /** smtp://127.0.0.1:2525 (smtps:// for TLS): confirmation mails; unset: mails are logged as not sent and retried. */
  SMTP_URL: optionalUrl(),
  MAIL_FROM: z.string().min(3).default("Meander <no-reply@meander.no>"),
  /** The public confirmation page; mails link to `<DEMO_CONFIRMATION_URL>/<masked_ref>`. */
  DEMO_CONFIRMATION_URL: z.string().url().default("https://meander.no/demo/bekreftelse"),
  /** 32 random bytes (base64 or hex): wraps each organization's data key (integration credentials); unset: credentials are refused. */
  ...masterKeyEnv(), // MEANDER_MASTER_KEY and MEANDER_PREVIOUS_MASTER_KEYS (retired keys during a rotation)
});

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = organizationConfigSchema;

export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;

export function readConfig(source: Record<string, string | undefined> = process.env): OrganizationConfig {
  return loadConfig(organizationConfigSchema, source);
}

/** The leads part of the configuration, as createSubgraph takes it. */
export function leadOptionsFrom(config: OrganizationConfig): LeadOptions {
  return {
    redisUrl: config.REDIS_URL,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    confirmationUrl: config.DEMO_CONFIRMATION_URL,
  };
}

/** The settings part of the configuration (integration credentials' master keys). */
export function settingsOptionsFrom(config: OrganizationConfig): SettingsOptions {
  return { masterKey: config.MEANDER_MASTER_KEY, previousMasterKeys: config.MEANDER_PREVIOUS_MASTER_KEYS };
}

/** Where subject access exports' sealed parts and bundles are kept: the object store every subgraph shares (@meander/storage's variables; default `.data/storage`). */
export function readStorageConfig(source: Record<string, string | undefined> = process.env): ObjectStoreConfig {
  return objectStoreConfigFrom(source, { root: ".data/storage" });
}
