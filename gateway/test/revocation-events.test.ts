/**
 * Revocation end to end: an `identity.session.revoked` event on the bus
 * reaches the gateway's store, and the gateway then refuses the session's
 * token with 401 before anything reaches a subgraph. The subgraphs are one
 * stub HTTP server that counts the requests it receives.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createInProcessBus, createKafkaBus, type EventEnvelope, type KafkaBus } from "@meander/events";
import { createLogger } from "@meander/subgraph-kit";
import { createTestBus, createTestKeys, makeEvent, type TestBus, type TestKeys } from "@meander/testing";
import {
  createRedisRevocationStore,
  createMemoryRevocationStore,
  startRevocationConsumer,
} from "../src/revocations.js";
import { createGateway, type Gateway } from "../src/server.js";
import { SUBGRAPHS, type SubgraphName } from "../src/subgraphs.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(",");
const log = createLogger("gateway-test", "silent");
const SECRET = "x".repeat(32);

async function eventually(check: () => Promise<boolean>, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

function revoked(sessionId: string, expiresInMs = 900_000): EventEnvelope {
  return makeEvent(
    "identity.session.revoked",
    {
      sessionId,
      userId: randomUUID(),
      reason: "revoked_by_user",
      expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    },
    { aggregateId: sessionId },
  );
}

/** Every subgraph URL points here; it answers `me: null` and counts what it received. */
async function startStubSubgraphs(): Promise<{
  hits: () => number;
  urls: Record<SubgraphName, string>;
  close(): Promise<void>;
}> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: { me: null } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    hits: () => hits,
    urls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])) as Record<SubgraphName, string>,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

async function ask(url: string, token: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

let keys: TestKeys;
let stub: Awaited<ReturnType<typeof startStubSubgraphs>>;
beforeAll(async () => {
  keys = await createTestKeys();
  stub = await startStubSubgraphs();
});
afterAll(async () => {
  await stub.close();
});

describe("embedded mode: in-process bus, memory store", () => {
  const bus = createInProcessBus();
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    gateway = createGateway({ subgraphUrls: stub.urls, signingSecret: SECRET, verifier: keys.verifier, log, bus });
    url = (await gateway.start(0)).url;
  });
  afterAll(async () => {
    await gateway.stop();
    await bus.close();
  });

  it("refuses a session's token with 401 as soon as its revocation arrives, before any subgraph sees the request", async () => {
    const sessionId = randomUUID();
    const token = await keys.mint({ role: "coordinator", sessionId, organizationId: randomUUID() });

    const before = stub.hits();
    const live = await ask(url, token);
    expect(live.status).toBe(200);
    expect(live.body.errors).toBeUndefined();
    expect(stub.hits()).toBeGreaterThan(before);

    await bus.publish([revoked(sessionId)]);
    await bus.idle();

    const afterRevocation = stub.hits();
    const refused = await ask(url, token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: "Session revoked", extensions: { code: "UNAUTHENTICATED" } }),
    ]);
    expect(stub.hits()).toBe(afterRevocation);

    // The user's other session still works.
    const other = await keys.mint({ role: "coordinator", sessionId: randomUUID(), organizationId: randomUUID() });
    expect((await ask(url, other)).status).toBe(200);
  });

  it("dead-letters an invalid revocation and ignores identity events that are not the gateway's", async () => {
    const bad = {
      ...revoked(randomUUID()),
      payload: { sessionId: "not-a-uuid", userId: randomUUID(), reason: "logout", expiresAt: "soon" },
    };
    const other = makeEvent("identity.user.deactivated", { userId: randomUUID() });
    await bus.publish([bad, other]);
    await bus.idle();
    expect(bus.deadLetters).toHaveLength(1);
    expect(bus.deadLetters[0]).toMatchObject({ consumer: "gateway.revocations", event: { id: bad.id } });
    expect(bus.deadLetters[0]!.reason).toContain("identity.session.revoked");
  });

  it("retries a store that fails for a moment", async () => {
    const inner = createMemoryRevocationStore();
    let failures = 2;
    const flaky = {
      ...inner,
      async revoke(sid: string, until: Date) {
        if (failures-- > 0) throw new Error("store briefly down");
        await inner.revoke(sid, until);
      },
    };
    const local = createInProcessBus();
    const consumer = await startRevocationConsumer({ bus: local, store: flaky, backoffMs: 5 });
    const sid = randomUUID();
    await local.publish([revoked(sid)]);
    await local.idle();
    expect(await inner.isRevoked(sid)).toBe(true);
    expect(local.deadLetters).toHaveLength(0);
    await consumer.stop();
  });
});

describe("services mode: Kafka (127.0.0.1:9092)", () => {
  let testBus: TestBus;
  beforeAll(async () => {
    testBus = await createTestBus();
  });
  afterAll(async () => {
    await testBus.close();
  });

  it("an identity.session.revoked event published on Kafka lands in the store", async () => {
    const store = createMemoryRevocationStore();
    const consumer = await startRevocationConsumer({ bus: testBus, store, log });
    const sid = randomUUID();
    await testBus.publish([revoked(sid)]);
    await eventually(() => store.isRevoked(sid));
    expect(await store.isRevoked(randomUUID())).toBe(false);
    await consumer.stop();
  });

  describe("two gateway instances sharing one Redis, one consumer group", () => {
    const prefix = `test:${randomUUID()}:revoked:`;
    const buses: KafkaBus[] = [];
    const stores: Array<ReturnType<typeof createRedisRevocationStore>> = [];
    const gateways: Gateway[] = [];
    const urls: string[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 2; i++) {
        // Each instance has its own Kafka client and Redis connection, as two processes would.
        const bus = await createKafkaBus({
          brokers: KAFKA_BROKERS,
          clientId: `gateway-${i}`,
          namespace: testBus.namespace,
          partitions: 2,
        });
        const store = createRedisRevocationStore({ url: REDIS_URL, keyPrefix: prefix, log });
        const gateway = createGateway({
          subgraphUrls: stub.urls,
          signingSecret: SECRET,
          verifier: keys.verifier,
          log,
          bus,
          revocations: store,
        });
        buses.push(bus);
        stores.push(store);
        gateways.push(gateway);
        urls.push((await gateway.start(0)).url);
      }
    });
    afterAll(async () => {
      for (const g of gateways) await g.stop();
      for (const b of buses) await b.close();
      const admin = new Redis(REDIS_URL);
      const keys = await admin.keys(`${prefix}*`);
      if (keys.length > 0) await admin.del(...keys);
      await admin.quit();
      for (const s of stores) await s.close();
    });

    it("both refuse the session once either instance recorded its revocation", async () => {
      const sessions = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const tokens = await Promise.all(sessions.map((sessionId) => keys.mint({ role: "peer_mentor", sessionId })));
      for (const url of urls) expect((await ask(url, tokens[0]!)).status).toBe(200);

      // Several sessions, keyed by session id: spread over the partitions, and so likely over both instances.
      await testBus.publish(sessions.map((sid) => revoked(sid)));
      await eventually(async () => (await Promise.all(sessions.map((s) => stores[0]!.isRevoked(s)))).every(Boolean));

      const before = stub.hits();
      for (const url of urls) {
        for (const token of tokens) {
          const r = await ask(url, token);
          expect(r.status).toBe(401);
          expect(r.body.errors?.[0]).toMatchObject({
            message: "Session revoked",
            extensions: { code: "UNAUTHENTICATED" },
          });
        }
      }
      expect(stub.hits()).toBe(before);
      for (const sid of sessions) expect(await stores[1]!.isRevoked(sid)).toBe(true);
    });
  });
});
