import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createMemoryRevocationStore, createRedisRevocationStore } from "../src/revocations.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("memory revocation store", () => {
  it("keeps a revoked session until its expiry, then forgets it", async () => {
    let now = 1_000_000;
    const store = createMemoryRevocationStore({ now: () => now });
    const sid = randomUUID();
    expect(await store.isRevoked(sid)).toBe(false);
    await store.revoke(sid, new Date(now + 60_000));
    expect(await store.isRevoked(sid)).toBe(true);
    expect(await store.isRevoked(randomUUID())).toBe(false);
    now += 59_999;
    expect(await store.isRevoked(sid)).toBe(true);
    now += 1;
    expect(await store.isRevoked(sid)).toBe(false);
    expect(store.size).toBe(0);
  });

  it("records nothing for a session whose tokens already expired, and never shortens a revocation", async () => {
    let now = 5_000_000;
    const store = createMemoryRevocationStore({ now: () => now });
    const old = randomUUID();
    await store.revoke(old, new Date(now - 1));
    expect(await store.isRevoked(old)).toBe(false);
    expect(store.size).toBe(0);

    const sid = randomUUID();
    await store.revoke(sid, new Date(now + 10_000));
    await store.revoke(sid, new Date(now + 1_000)); // an older event, replayed
    now += 5_000;
    expect(await store.isRevoked(sid)).toBe(true);
  });

  it("sweeps expired entries as it grows, so memory stays bounded", async () => {
    let now = 0;
    const store = createMemoryRevocationStore({ now: () => now });
    for (let i = 0; i < 1000; i++) await store.revoke(`s${i}`, new Date(now + 1000));
    now += 2000;
    for (let i = 0; i < 100; i++) await store.revoke(`t${i}`, new Date(now + 1000));
    expect(store.size).toBe(100);
  });
});

describe("Redis revocation store (127.0.0.1:6379)", () => {
  const prefix = `test:${randomUUID()}:revoked:`;
  const admin = new Redis(REDIS_URL);
  const stores: Array<{ close(): Promise<void> }> = [];
  const open = () => {
    const store = createRedisRevocationStore({ url: REDIS_URL, keyPrefix: prefix });
    stores.push(store);
    return store;
  };

  afterAll(async () => {
    for (const s of stores) await s.close();
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });

  it("writes SET <prefix><sid> 1 PX <ms until expiry>", async () => {
    const store = open();
    const sid = randomUUID();
    expect(await store.isRevoked(sid)).toBe(false);
    await store.revoke(sid, new Date(Date.now() + 60_000));
    expect(await store.isRevoked(sid)).toBe(true);
    expect(await admin.get(`${prefix}${sid}`)).toBe("1");
    const ttl = await admin.pttl(`${prefix}${sid}`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("honors the expiry: the session is forgotten when its last token expires", async () => {
    const store = open();
    const sid = randomUUID();
    await store.revoke(sid, new Date(Date.now() + 300));
    expect(await store.isRevoked(sid)).toBe(true);
    await sleep(500);
    expect(await store.isRevoked(sid)).toBe(false);
    expect(await admin.exists(`${prefix}${sid}`)).toBe(0);
  });

  it("records nothing for an expiry in the past, and never shortens a revocation", async () => {
    const store = open();
    const past = randomUUID();
    await store.revoke(past, new Date(Date.now() - 1000));
    expect(await admin.exists(`${prefix}${past}`)).toBe(0);

    const sid = randomUUID();
    await store.revoke(sid, new Date(Date.now() + 60_000));
    await store.revoke(sid, new Date(Date.now() + 1_000));
    expect(await admin.pttl(`${prefix}${sid}`)).toBeGreaterThan(55_000);
  });

  it("is shared: a revocation written through one gateway's store is seen through another's", async () => {
    const a = open();
    const b = open();
    const sid = randomUUID();
    await a.revoke(sid, new Date(Date.now() + 60_000));
    expect(await b.isRevoked(sid)).toBe(true);
  });

  it("keeps environments apart by key prefix", async () => {
    const other = createRedisRevocationStore({ url: REDIS_URL, keyPrefix: `test:${randomUUID()}:revoked:` });
    stores.push(other);
    const sid = randomUUID();
    await open().revoke(sid, new Date(Date.now() + 60_000));
    expect(await other.isRevoked(sid)).toBe(false);
  });

  it("fails (does not hang) when Redis cannot be reached", async () => {
    const down = createRedisRevocationStore({ url: "redis://127.0.0.1:1", commandTimeoutMs: 500 });
    stores.push(down);
    await expect(down.isRevoked(randomUUID())).rejects.toThrow();
  });
});
