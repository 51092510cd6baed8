/** The activity service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, masterKeyEnv, subgraphConfigSchema, z } from "@meander/config";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";
import type { SensitiveOptions } from "./server.js";

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4003).extend({
  /** 32 random bytes (base64 or hex): wraps each organization's data key (contacts' sensitive fields, assignments); unset: those are refused. */
  ...masterKeyEnv(), // MEANDER_MASTER_KEY and MEANDER_PREVIOUS_MASTER_KEYS (retired keys during a rotation)
});

export type ActivityConfig = z.infer<typeof configSchema>;

export function readConfig(source: Record<string, string | undefined> = process.env): ActivityConfig {
  return loadConfig(configSchema, source);
}

export function sensitiveOptionsFrom(config: ActivityConfig): SensitiveOptions {
  return { masterKey: config.MEANDER_MASTER_KEY, previousMasterKeys: config.MEANDER_PREVIOUS_MASTER_KEYS };
}

/** Where documents are stored: a local directory (embedded mode, default `.data/storage`) or S3-compatible storage (@meander/storage's variables). */
export function readStorageConfig(source: Record<string, string | undefined> = process.env): ObjectStoreConfig {
  return objectStoreConfigFrom(source, { root: ".data/storage" });
}
