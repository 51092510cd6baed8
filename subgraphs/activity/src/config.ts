/** The activity service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema, z } from "@meander/config";
import { decodeMasterKey } from "@meander/crypto";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";
import type { SensitiveOptions } from "./server.js";

/** A master key as @meander/crypto decodes it (32 bytes, base64 or hex); the error never echoes the value. */
const masterKey = (name: string) =>
  z.string().superRefine((v, ctx) => {
    try {
      decodeMasterKey(v, name);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
    }
  });

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4003).extend({
  /** 32 random bytes (base64 or hex): wraps each organization's data key (contacts' sensitive fields, assignments); unset: those are refused. */
  MEANDER_MASTER_KEY: z.preprocess((v) => (v === "" ? undefined : v), masterKey("MEANDER_MASTER_KEY").optional()),
  /** Retired master keys, comma-separated, during a rotation. */
  MEANDER_PREVIOUS_MASTER_KEYS: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((k) => k.trim()).filter(Boolean) : []),
    z.array(masterKey("MEANDER_PREVIOUS_MASTER_KEYS")),
  ),
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
