/**
 * The local-directory backend (embedded mode, development, tests):
 *   <root>/objects/<organizationId>/<key>        the bytes
 *   <root>/meta/<organizationId>/<key>.json      content type and metadata
 * Writes go to a temporary file in the same folder, then rename: a reader never
 * sees half an object. Key validation (keys.ts) keeps every path under root.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { StorageError } from "./errors.js";
import { namespacedKey } from "./keys.js";
import { checkMetadata, type ObjectInfo, type ObjectStore } from "./store.js";

export interface LocalStoreOptions {
  /** The folder that holds everything (created if missing), e.g. ".data/storage". */
  root: string;
}

interface Meta {
  contentType: string;
  metadata: Record<string, string>;
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === "ENOENT";

async function atomicWrite(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function createLocalStore({ root }: LocalStoreOptions): ObjectStore {
  if (!root) throw new StorageError("INVALID_CONFIG", "the local object store needs a root folder");
  const base = resolve(root);
  const within = (path: string) => {
    if (!path.startsWith(base + sep)) throw new StorageError("INVALID_KEY", "object key resolves outside the store");
    return path;
  };
  const paths = (organizationId: string, key: string) => {
    const physical = namespacedKey(organizationId, key);
    return {
      data: within(resolve(base, "objects", ...physical.split("/"))),
      meta: within(resolve(base, "meta", ...physical.split("/")) + ".json"),
    };
  };
  const readMeta = async (path: string): Promise<Meta> => {
    try {
      return JSON.parse(await readFile(path, "utf8")) as Meta;
    } catch (e) {
      if (isMissing(e)) return { contentType: "application/octet-stream", metadata: {} };
      throw e;
    }
  };

  return {
    backend: "local",
    async put(organizationId, key, bytes, options) {
      const p = paths(organizationId, key);
      const meta: Meta = { contentType: options.contentType, metadata: checkMetadata(options.metadata) };
      await atomicWrite(p.meta, JSON.stringify(meta));
      await atomicWrite(p.data, bytes);
      return { key, size: bytes.byteLength, ...meta };
    },
    async get(organizationId, key) {
      const p = paths(organizationId, key);
      let bytes: Buffer;
      try {
        bytes = await readFile(p.data);
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
      return { key, size: bytes.length, bytes, ...(await readMeta(p.meta)) };
    },
    async head(organizationId, key): Promise<ObjectInfo | null> {
      const p = paths(organizationId, key);
      try {
        const s = await stat(p.data);
        return { key, size: s.size, ...(await readMeta(p.meta)) };
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async delete(organizationId, key) {
      const p = paths(organizationId, key);
      const existed = await stat(p.data).then(
        () => true,
        () => false,
      );
      await rm(p.data, { force: true });
      await rm(p.meta, { force: true });
      return existed;
    },
    async close() {},
  };
}
