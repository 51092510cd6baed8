// Both backends through the same interface: the local directory, and S3 against a real
// S3-compatible server (s3rver) started on loopback for this file.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorageError, createLocalStore, createObjectStore, createS3Store, type ObjectStore } from "../src/index.js";

const ORG_A = "0190f0a0-0000-7000-8000-00000000000a";
const ORG_B = "0190f0a0-0000-7000-8000-00000000000b";
let dir: string;
let s3server: S3rver;
let endpoint: string;
const stores: Record<"local" | "s3", ObjectStore> = {} as never;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "meander-storage-"));
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: join(dir, "s3rver"),
    configureBuckets: [{ name: "meander-test" }],
  });
  const address = (await s3server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
  stores.local = createLocalStore({ root: join(dir, "local") });
  stores.s3 = createObjectStore({
    backend: "s3",
    bucket: "meander-test",
    endpoint,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    prefix: "meander/",
  });
});

afterAll(async () => {
  await stores.s3?.close();
  await s3server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(["local", "s3"] as const)("%s backend", (backend) => {
  const store = () => stores[backend];
  const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));

  it("round-trips bytes, content type and metadata; head answers without the bytes", async () => {
    const info = await store().put(ORG_A, "receipts/2026/11/r1.bin", bytes, {
      contentType: "application/pdf",
      metadata: { sha256: "abc123" },
    });
    expect(info).toEqual({
      key: "receipts/2026/11/r1.bin",
      size: bytes.length,
      contentType: "application/pdf",
      metadata: { sha256: "abc123" },
    });
    const got = await store().get(ORG_A, "receipts/2026/11/r1.bin");
    expect(got?.bytes.equals(bytes)).toBe(true);
    expect(got?.contentType).toBe("application/pdf");
    expect(got?.metadata).toEqual({ sha256: "abc123" });
    expect(await store().head(ORG_A, "receipts/2026/11/r1.bin")).toEqual({
      key: "receipts/2026/11/r1.bin",
      size: bytes.length,
      contentType: "application/pdf",
      metadata: { sha256: "abc123" },
    });
  });

  it("keeps organizations apart: the same key in another organization is another object", async () => {
    await store().put(ORG_A, "docs/same.txt", Buffer.from("A"), { contentType: "text/plain" });
    expect(await store().get(ORG_B, "docs/same.txt")).toBeNull();
    await store().put(ORG_B, "docs/same.txt", Buffer.from("B"), { contentType: "text/plain" });
    expect((await store().get(ORG_A, "docs/same.txt"))?.bytes.toString()).toBe("A");
    expect((await store().get(ORG_B, "docs/same.txt"))?.bytes.toString()).toBe("B");
  });

  it("overwrites, deletes idempotently and answers null for missing objects", async () => {
    await store().put(ORG_A, "docs/d.txt", Buffer.from("one"), { contentType: "text/plain" });
    await store().put(ORG_A, "docs/d.txt", Buffer.from("two!"), { contentType: "text/markdown" });
    expect(await store().head(ORG_A, "docs/d.txt")).toMatchObject({ size: 4, contentType: "text/markdown" });
    expect(await store().delete(ORG_A, "docs/d.txt")).toBe(true);
    expect(await store().delete(ORG_A, "docs/d.txt")).toBe(false);
    expect(await store().get(ORG_A, "docs/d.txt")).toBeNull();
    expect(await store().head(ORG_A, "docs/never")).toBeNull();
  });

  it("refuses keys that climb out of the organization's namespace, and bad metadata", async () => {
    for (const key of ["../0190f0a0-0000-7000-8000-00000000000b/docs/same.txt", "/abs", "a/../../x"]) {
      await expect(store().get(ORG_A, key)).rejects.toMatchObject({ code: "INVALID_KEY" });
      await expect(store().put(ORG_A, key, Buffer.from("x"), { contentType: "text/plain" })).rejects.toBeInstanceOf(
        StorageError,
      );
    }
    await expect(
      store().put(ORG_A, "ok.txt", Buffer.from("x"), { contentType: "text/plain", metadata: { "Bad Key": "v" } }),
    ).rejects.toMatchObject({ code: "INVALID_METADATA" });
  });
});

describe("backend specifics", () => {
  it("local: objects are files under <root>/objects/<org>/, no temporary files left behind", async () => {
    await stores.local.put(ORG_A, "receipts/x/y.bin", Buffer.from("xyz"), { contentType: "application/octet-stream" });
    expect(await readdir(join(dir, "local", "objects", ORG_A, "receipts", "x"))).toEqual(["y.bin"]);
  });

  it("s3: objects sit at <prefix><org>/<key> in the bucket (read back with a store without prefix)", async () => {
    await stores.s3.put(ORG_A, "p/q.txt", Buffer.from("prefixed"), { contentType: "text/plain" });
    const raw = createS3Store({
      bucket: "meander-test",
      endpoint,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    expect((await raw.get("meander", `${ORG_A}/p/q.txt`))?.bytes.toString()).toBe("prefixed");
    await raw.close();
  });

  it("s3: a server error surfaces as BACKEND_ERROR (unknown bucket)", async () => {
    const wrong = createS3Store({
      bucket: "no-such-bucket",
      endpoint,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    await expect(wrong.put(ORG_A, "a.txt", Buffer.from("x"), { contentType: "text/plain" })).rejects.toMatchObject({
      code: "BACKEND_ERROR",
    });
    await wrong.close();
  });
});
