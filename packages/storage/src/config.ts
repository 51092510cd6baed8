/**
 * Which backend, from configuration. Services read their environment only in
 * their own config.ts: they pass it here (`objectStoreConfigFrom(process.env)`)
 * and keep the result in their config object.
 */
import { StorageError } from "./errors.js";
import { createLocalStore } from "./local.js";
import { createS3Store, type S3StoreOptions } from "./s3.js";
import type { ObjectStore } from "./store.js";

export type ObjectStoreConfig =
  { backend: "local"; root: string } | ({ backend: "s3" } & Omit<S3StoreOptions, "client">);

/**
 * MEANDER_STORAGE_BACKEND   local (default) | s3
 * MEANDER_STORAGE_DIR       local: the folder (default `defaults.root`, e.g. ".data/storage")
 * MEANDER_S3_BUCKET         s3: required
 * MEANDER_S3_ENDPOINT       s3: e.g. http://127.0.0.1:9000 (omit for AWS)
 * MEANDER_S3_REGION         s3: default us-east-1
 * MEANDER_S3_FORCE_PATH_STYLE  s3: true|false (default true when an endpoint is set)
 * MEANDER_S3_ACCESS_KEY_ID, MEANDER_S3_SECRET_ACCESS_KEY  s3: both or neither (neither: the SDK's default chain)
 * MEANDER_S3_PREFIX         s3: optional key prefix ending in "/"
 */
export function objectStoreConfigFrom(
  env: Record<string, string | undefined>,
  defaults: { root: string } = { root: ".data/storage" },
): ObjectStoreConfig {
  const backend = (env.MEANDER_STORAGE_BACKEND ?? "local").trim() || "local";
  if (backend === "local") return { backend, root: env.MEANDER_STORAGE_DIR || defaults.root };
  if (backend !== "s3")
    throw new StorageError("INVALID_CONFIG", `MEANDER_STORAGE_BACKEND must be "local" or "s3", got "${backend}"`);
  const problems: string[] = [];
  if (!env.MEANDER_S3_BUCKET) problems.push("MEANDER_S3_BUCKET is required");
  const id = env.MEANDER_S3_ACCESS_KEY_ID;
  const secret = env.MEANDER_S3_SECRET_ACCESS_KEY;
  if (Boolean(id) !== Boolean(secret))
    problems.push("set both MEANDER_S3_ACCESS_KEY_ID and MEANDER_S3_SECRET_ACCESS_KEY, or neither");
  const pathStyle = env.MEANDER_S3_FORCE_PATH_STYLE;
  if (pathStyle && !["true", "false", "1", "0"].includes(pathStyle))
    problems.push("MEANDER_S3_FORCE_PATH_STYLE must be true or false");
  if (env.MEANDER_S3_ENDPOINT && !/^https?:\/\/[^\s]+$/.test(env.MEANDER_S3_ENDPOINT))
    problems.push("MEANDER_S3_ENDPOINT must be an http(s) URL");
  if (problems.length)
    throw new StorageError("INVALID_CONFIG", `Invalid object storage configuration: ${problems.join("; ")}`);
  return {
    backend: "s3",
    bucket: env.MEANDER_S3_BUCKET!,
    endpoint: env.MEANDER_S3_ENDPOINT || undefined,
    region: env.MEANDER_S3_REGION || undefined,
    forcePathStyle: pathStyle ? pathStyle === "true" || pathStyle === "1" : undefined,
    credentials: id && secret ? { accessKeyId: id, secretAccessKey: secret } : undefined,
    prefix: env.MEANDER_S3_PREFIX || undefined,
  };
}

export function createObjectStore(config: ObjectStoreConfig): ObjectStore {
  return config.backend === "local" ? createLocalStore({ root: config.root }) : createS3Store(config);
}
