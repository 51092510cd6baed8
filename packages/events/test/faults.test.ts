/**
 * Issue 19 item 2, on both transports: a failure that passes (here the consumer's table locked, so its statements
 * fail with lock_timeout: made at the database, not thrown by the handler) holds the events back as lag, dead-letters
 * nothing, and everything is applied once the lock goes; a deterministic failure (a missing parent row) is
 * dead-lettered with its reason, counted per consumer, and a redrive after the fix applies it, once.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, queryRows, type DatabaseHandle } from "@meander/db";
import {
  createInProcessBus,
  createKafkaBus,
  deleteNamespaceTopics,
  newEventId,
  startConsumer,
  type ConsumerState,
  type EventBus,
  type EventEnvelope,
} from "../src/index.js";
import { testEnv } from "./config.js";
import { freshDatabase, tables } from "./db.js";

let db: Awaited<ReturnType<typeof freshDatabase>>;
/** The consumer's own pool: its sessions give up on a lock after 100 ms (55P03), as a busy database would make them. */
let consumerDb: DatabaseHandle;

beforeAll(async () => {
  db = await freshDatabase();
  await db.handle.db.execute(sql`create table evtest.parents (id uuid primary key);
    create table evtest.children (event_id uuid primary key, parent_id uuid not null references evtest.parents (id))`);
  await db.handle.db.execute(sql.raw(`alter database ${new URL(db.url).pathname.slice(1)} set lock_timeout = '100ms'`));
  consumerDb = connectPostgres(db.url, { max: 4 });
}, 60_000);
afterAll(async () => {
  await consumerDb?.close();
  await db?.drop();
});

const registered = (): EventEnvelope => {
  const activityId = randomUUID();
  return {
    id: newEventId(),
    type: "activity.activity.registered",
    version: 1,
    occurredAt: new Date().toISOString(),
    organizationId: randomUUID(),
    actorId: null,
    aggregateId: activityId,
    payload: {
      activityId,
      userId: randomUUID(),
      localAssociationId: null,
      activityType: "home_visit",
      activityDate: new Date().toISOString(),
      durationMinutes: 30,
      status: "pending_review",
    },
  };
};
const approved = (activityId: string): EventEnvelope => ({
  id: newEventId(),
  type: "activity.activity.approved",
  version: 1,
  occurredAt: new Date().toISOString(),
  organizationId: randomUUID(),
  actorId: null,
  aggregateId: activityId,
  payload: { activityId, approvedBy: randomUUID() },
});

async function until<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`not reached within ${ms} ms; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db.handle.db, q))[0]!.n;

const transports: Array<[string, () => Promise<EventBus>]> = [
  ["in-process", async () => createInProcessBus({ retry: { initialMs: 20, maxMs: 200 } })],
  [
    "Kafka",
    async () => {
      const namespace = `t${randomUUID().slice(0, 8)}`;
      const bus = await createKafkaBus({
        brokers: testEnv.kafkaBrokers,
        clientId: "events-faults",
        namespace,
        partitions: 2,
        redelivery: { initialMs: 20, maxMs: 200 },
      });
      // Closing also deletes this file's topics from the shared broker.
      return {
        ...bus,
        async close() {
          await bus.close();
          await deleteNamespaceTopics(testEnv.kafkaBrokers, namespace);
        },
      };
    },
  ],
];

describe.each(transports)("consumer failures on the %s transport", (_name, makeBus) => {
  let bus: EventBus;
  const consumer = `evtest.faults${randomUUID().slice(0, 6)}`;
  const failures: unknown[] = [];
  let stop: () => Promise<void>;
  beforeAll(async () => {
    bus = await makeBus();
    const sub = await startConsumer({
      name: consumer,
      db: consumerDb.db,
      tables,
      bus,
      backoffMs: 10,
      onError: (err) => failures.push(err),
      handlers: {
        "activity.activity.registered": async (event, tx) => {
          await tx.execute(sql`insert into evtest.effects (event_id, n) values (${event.id}, 1)`);
        },
        "activity.activity.approved": async (event, tx) => {
          await tx.execute(
            sql`insert into evtest.children (event_id, parent_id) values (${event.id}, ${event.payload.activityId})`,
          );
        },
      },
    });
    stop = () => sub.stop();
  }, 60_000);
  afterAll(async () => {
    await stop?.();
    await bus?.close();
  });
  const state = async () => (await bus.consumerStates([consumer], 5_000))[0] as ConsumerState;

  it("holds events back while the database refuses, dead-letters none of them, and applies them all after", async () => {
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query("begin; lock table evtest.processed_events in access exclusive mode");
    const events = Array.from({ length: 20 }, registered);
    const before = failures.length;
    try {
      await bus.publish(events);
      // Longer than the old budget (five tries over 1.5 s, then the dead-letter topic): many failed deliveries.
      await until(
        () => failures.length - before,
        (n) => n >= 12,
      );
      const held = await state();
      expect(held.lag).toBeGreaterThan(0);
      expect(held.deadLettered).toBe(0);
    } finally {
      await locker.query("rollback");
      await locker.end();
    }
    const ids = events.map((e) => e.id);
    await until(
      () => count(sql`select count(*)::int as n from evtest.effects where event_id in ${ids}`),
      (n) => n === events.length,
    );
    expect((await state()).deadLettered).toBe(0);
    expect(
      failures
        .slice(before)
        .every((e) => /lock|retry later/i.test(String((e as Error).message) + String((e as Error).cause))),
    ).toBe(true);
  });

  it("dead-letters a deterministic failure with its reason, counts it, and a redrive after the fix applies it once", async () => {
    const parent = randomUUID();
    const event = approved(parent);
    await bus.publish([event]);
    await until(state, (s) => s.deadLettered === 1);
    await db.handle.db.execute(sql`insert into evtest.parents (id) values (${parent})`);
    expect(await bus.redrive(consumer)).toEqual({ redriven: 1 });
    const applied = () => count(sql`select count(*)::int as n from evtest.children where event_id = ${event.id}`);
    await until(applied, (n) => n === 1);
    await until(state, (s) => s.deadLettered === 0 && s.lag === 0);
    // Idempotent: nothing left to redrive; a redrive of everything since the start applies nothing twice.
    expect(await bus.redrive(consumer)).toEqual({ redriven: 0 });
    await bus.redrive(consumer, { since: new Date(Date.now() - 3600_000) });
    await until(state, (s) => s.lag === 0);
    await bus.idle();
    expect(await applied()).toBe(1);
  });
});
