/**
 * A consumer as its own process (reporting's services-mode main.ts) on a real
 * broker: killed in the middle of a batch and restarted, every event is applied
 * exactly once; every event delivered twice, no double effect; malformed
 * messages go to the dead-letter topic with their reason and the consumer goes on.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Kafka, logLevel } from "kafkajs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey } from "@meander/auth";
import { connectPostgres, queryRows, type DatabaseHandle } from "@meander/db";
import {
  createKafkaBus,
  deadLetterTopicOf,
  deleteNamespaceTopics,
  newEventId,
  type EventEnvelope,
  type KafkaBus,
} from "@meander/events";
import { createMigratedDatabase, databaseUrl, dropDatabase } from "@meander/testing";
import { eventually } from "./kafka-broker.js";

const brokers = ["127.0.0.1:9092"];
const namespace = `t${randomUUID().slice(0, 8)}`;
const dbName = `meander_t_consumer_${randomBytes(3).toString("hex")}`;
const reportingDir = new URL("../../../subgraphs/reporting/", import.meta.url).pathname;
let env: Record<string, string>;
let bus: KafkaBus;
let db: DatabaseHandle;
let proc: ChildProcess | undefined;

function startReporting(): Promise<ChildProcess> {
  const p = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: reportingDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      if (/subgraph listening/.test(out)) resolve(p);
    };
    p.stdout!.on("data", onData);
    p.stderr!.on("data", onData);
    p.on("exit", (code) => reject(new Error(`reporting exited ${code}:\n${out}`)));
  });
}

const registered = (organizationId: string, localAssociationId: string): EventEnvelope => {
  const activityId = randomUUID();
  return {
    id: newEventId(),
    type: "activity.activity.registered",
    version: 1,
    occurredAt: new Date().toISOString(),
    organizationId,
    actorId: null,
    aggregateId: activityId,
    payload: {
      activityId,
      userId: randomUUID(),
      localAssociationId,
      activityType: "home_visit",
      activityDate: "2026-05-04T10:00:00.000Z",
      durationMinutes: 60,
      status: "pending_review",
    },
  };
};

/**
 * Waits until `kafka`'s cluster metadata has `topic` with a leader for every partition and the leaders answer for it
 * (offsets): a topic just created can be listed while a broker still says it "does not host this topic-partition".
 */
async function servedTo(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await eventually(
      async () => {
        try {
          const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
          const partitions = topics[0]?.partitions ?? [];
          const led = partitions.length > 0 && partitions.every((p) => p.leader >= 0);
          return led && (await admin.fetchTopicOffsets(topic)).length === partitions.length;
        } catch {
          return false;
        }
      },
      (served) => served,
      60_000,
    );
  } finally {
    await admin.disconnect();
  }
}

const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db.db, q))[0]!.n;
const processed = () =>
  count(sql`select count(*)::int as n from reporting.processed_events where consumer = 'reporting.activities'`);
const facts = (org: string) =>
  count(sql`select count(*)::int as n from reporting.activity_facts where organization_id = ${org}`);
const rolledUp = (org: string) =>
  count(
    sql`select coalesce(sum(registered), 0)::int as n from reporting.local_association_activity_counts where organization_id = ${org}`,
  );

beforeAll(async () => {
  await createMigratedDatabase(dbName, []);
  const { key } = await generateSigningKey("consumer-faults");
  env = {
    NODE_ENV: "development",
    LOG_LEVEL: "info",
    PORT: "0",
    DATABASE_URL: databaseUrl(dbName),
    GATEWAY_SIGNING_SECRET: randomBytes(32).toString("hex"),
    AUTH_JWKS: JSON.stringify({ keys: [key.publicJwk] }),
    KAFKA_BROKERS: brokers.join(","),
    KAFKA_NAMESPACE: namespace,
  };
  bus = await createKafkaBus({ brokers, clientId: "consumer-faults-test", namespace });
  proc = await startReporting();
  db = connectPostgres(databaseUrl(dbName), { max: 2 });
}, 120_000);

afterAll(async () => {
  proc?.kill("SIGKILL");
  await bus?.close();
  await deleteNamespaceTopics(brokers, namespace);
  await db?.close();
  await dropDatabase(dbName);
});

describe("an event consumer in its own process, on a real broker", () => {
  it("applies every event exactly once when killed in the middle of a batch and restarted", async () => {
    const org = randomUUID();
    const la = randomUUID();
    const events = Array.from({ length: 3000 }, () => registered(org, la));
    const start = await processed();
    // Most of the events before the kill, the last 500 while the consumer is down: the kill always lands before the
    // end of the stream (on a fast machine the consumer used to finish all 3000 before it, and the test failed).
    const beforeKill = events.length - 500;
    for (let i = 0; i < beforeKill; i += 500) await bus.publish(events.slice(i, i + 500));
    await eventually(processed, (n) => n - start > 200, 60_000);
    proc!.kill("SIGKILL");
    await new Promise((r) => proc!.once("exit", r));
    const atKill = (await processed()) - start;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThanOrEqual(beforeKill);
    expect(atKill).toBeLessThan(events.length);
    await bus.publish(events.slice(beforeKill));
    proc = await startReporting();
    await eventually(
      () => facts(org),
      (n) => n >= events.length,
      120_000,
    );
    await eventually(
      () => bus.lag("reporting.activities", ["meander.activity"]),
      (n) => n === 0,
      60_000,
    );
    expect(await facts(org)).toBe(events.length);
    expect(await rolledUp(org)).toBe(events.length);
    expect((await processed()) - start).toBe(events.length);
  }, 240_000);

  it("has no double effect when every event is delivered twice", async () => {
    const org = randomUUID();
    const events = Array.from({ length: 300 }, () => registered(org, randomUUID()));
    await bus.publish(events.flatMap((e) => [e, e]));
    await bus.publish(events);
    await eventually(
      () => bus.lag("reporting.activities", ["meander.activity"]),
      (n) => n === 0,
      60_000,
    );
    expect(await facts(org)).toBe(events.length);
    expect(await rolledUp(org)).toBe(events.length);
  }, 120_000);

  it("sends a malformed event to the dead-letter topic with its reason and keeps going", async () => {
    const org = randomUUID();
    // As patient as the platform's own clients (createKafkaBus): a broker under load may answer "does not host this
    // topic-partition" for a while after a topic (here the dead-letter topic) is created; kafkajs retries that.
    const kafka = new Kafka({
      clientId: "malformed",
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 300, maxRetryTime: 5000, retries: 20 },
    });
    const activityTopic = `${namespace}.meander.activity`;
    // This client's own view of the topic: every partition with a leader before the first produce.
    await servedTo(kafka, activityTopic);
    const producer = kafka.producer();
    await producer.connect();
    const bad = registered(org, randomUUID());
    (bad.payload as { durationMinutes: unknown }).durationMinutes = "long";
    await producer.send({
      topic: activityTopic,
      messages: [
        { key: "x", value: "this is not json" },
        { key: bad.aggregateId, value: JSON.stringify(bad) },
      ],
    });
    await producer.disconnect();
    const good = registered(org, randomUUID());
    await bus.publish([good]);
    await eventually(
      () => facts(org),
      (n) => n === 1,
      60_000,
    );

    const reasons: string[] = [];
    const consumer = kafka.consumer({ groupId: `dlq-${randomUUID()}` });
    await consumer.connect();
    // The dead-letter topic was made by the reporting process: wait until this client sees it served.
    const deadLetters = `${namespace}.${deadLetterTopicOf("reporting.activities")}`;
    await servedTo(kafka, deadLetters);
    await consumer.subscribe({ topic: deadLetters, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => void reasons.push(JSON.parse(message.value!.toString()).reason),
    });
    await eventually(
      async () => reasons.length,
      (n) => n >= 2,
      30_000,
    );
    await consumer.disconnect();
    expect(reasons.some((r) => /invalid envelope/.test(r))).toBe(true);
    expect(reasons.some((r) => /durationMinutes/.test(r))).toBe(true);
  }, 120_000);
});
