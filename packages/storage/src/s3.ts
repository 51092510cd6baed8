/**
 * The S3-compatible backend (services mode): AWS S3, MinIO, Ceph, Garage...
 * Objects live at "<prefix><organizationId>/<key>" in one bucket. Checksums
 * are computed only when the API requires them, so servers that do not know
 * the newer flexible-checksum headers (MinIO before 2025, Ceph, s3rver) work.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { StorageError } from "./errors.js";
import { namespacedKey } from "./keys.js";
import { checkMetadata, type ObjectInfo, type ObjectStore } from "./store.js";

export interface S3StoreOptions {
  bucket: string;
  /** e.g. "http://127.0.0.1:9000" for MinIO; omit for AWS. */
  endpoint?: string;
  region?: string;
  /** Path-style URLs (http://host/bucket/key): needed by MinIO and most self-hosted servers. */
  forcePathStyle?: boolean;
  /** Omit to use the SDK's default chain (environment, instance role...). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Optional key prefix inside the bucket, e.g. "meander/" (shared buckets). */
  prefix?: string;
  /** Or bring a configured client (the store will not close it). */
  client?: S3Client;
}

const isNotFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
};

export function createS3Store(options: S3StoreOptions): ObjectStore {
  if (!options.bucket) throw new StorageError("INVALID_CONFIG", "the S3 object store needs a bucket");
  const prefix = options.prefix ?? "";
  if (prefix && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/$/.test(prefix)) {
    throw new StorageError("INVALID_CONFIG", "the S3 prefix must be '/'-separated plain segments ending in '/'");
  }
  const config: S3ClientConfig = {
    region: options.region ?? "us-east-1",
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
    credentials: options.credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  const client = options.client ?? new S3Client(config);
  const Bucket = options.bucket;
  const objectKey = (organizationId: string, key: string) => prefix + namespacedKey(organizationId, key);
  const fail = (op: string, e: unknown): never => {
    throw new StorageError("BACKEND_ERROR", `S3 ${op} failed: ${(e as Error)?.name ?? "error"}`, { cause: e });
  };

  const head = async (organizationId: string, key: string): Promise<ObjectInfo | null> => {
    const Key = objectKey(organizationId, key);
    try {
      const r = await client.send(new HeadObjectCommand({ Bucket, Key }));
      return {
        key,
        size: r.ContentLength ?? 0,
        contentType: r.ContentType ?? "application/octet-stream",
        metadata: r.Metadata ?? {},
      };
    } catch (e) {
      if (isNotFound(e)) return null;
      return fail("head", e);
    }
  };

  return {
    backend: "s3",
    async put(organizationId, key, bytes, opts) {
      const metadata = checkMetadata(opts.metadata);
      const Key = objectKey(organizationId, key);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key,
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: opts.contentType,
            Metadata: metadata,
          }),
        );
      } catch (e) {
        fail("put", e);
      }
      return { key, size: bytes.byteLength, contentType: opts.contentType, metadata };
    },
    async get(organizationId, key) {
      const Key = objectKey(organizationId, key);
      try {
        const r = await client.send(new GetObjectCommand({ Bucket, Key }));
        const bytes = Buffer.from(await r.Body!.transformToByteArray());
        return {
          key,
          size: bytes.length,
          bytes,
          contentType: r.ContentType ?? "application/octet-stream",
          metadata: r.Metadata ?? {},
        };
      } catch (e) {
        if (isNotFound(e)) return null;
        return fail("get", e);
      }
    },
    head,
    async delete(organizationId, key) {
      const Key = objectKey(organizationId, key);
      const existed = (await head(organizationId, key)) !== null;
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key }));
      } catch (e) {
        if (!isNotFound(e)) fail("delete", e);
      }
      return existed;
    },
    async close() {
      if (!options.client) client.destroy();
    },
  };
}
