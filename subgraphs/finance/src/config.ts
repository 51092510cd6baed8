/** The finance service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema, masterKeyEnv } from "@meander/config";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4004).extend({
  /** 32 random bytes (base64 or hex): seals this service's part of subject access exports; unset: its parts cannot be written. */
  ...masterKeyEnv(), // MEANDER_MASTER_KEY and MEANDER_PREVIOUS_MASTER_KEYS
});

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(configSchema, source);
}

/** Where receipts are stored: a local directory (embedded mode, default `.data/storage`) or S3-compatible storage. */
export function readStorageConfig(source: Record<string, string | undefined> = process.env): ObjectStoreConfig {
  return objectStoreConfigFrom(source, { root: ".data/storage" });
}
