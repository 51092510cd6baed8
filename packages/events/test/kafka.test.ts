/**
 * The Kafka transport against a real broker (infra/kafka, started by `npm test`):
 * a round trip through a consumer group, per-aggregate order, and a malformed
 * message landing on the dead-letter topic while the consumer keeps going.
 */
import { randomUUID } from "node:crypto";
import { ConfigResourceTypes, Kafka, logLevel } from "kafkajs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "./config.js";
import {
  createKafkaBus,
  deadLetterTopicOf,
  deleteNamespaceTopics,
  newEventId,
  type EventEnvelope,
  type KafkaBus,
} from "../src/index.js";

const brokers = testEnv.kafkaBrokers;
let bus: KafkaBus;
// A namespace of its own: other tests sharing the broker never see these events.
const namespace = `t${randomUUID().slice(0, 8)}`;

const event = (aggregateId: string, n: number): EventEnvelope => ({
  id: newEventId(),
  type: "activity.activity.approved",
  version: 1,
  occurredAt: new Date().toISOString(),
  organizationId: randomUUID(),
  actorId: null,
  aggregateId,
  payload: { activityId: aggregateId, approvedBy: randomUUID(), n } as never,
});

async function until(check: () => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  bus = await createKafkaBus({ brokers, clientId: "events-test", namespace });
});
afterAll(async () => {
  await bus?.close();
  await deleteNamespaceTopics(brokers, namespace);
});

describe("Kafka transport (real broker)", () => {
  it("round-trips a batch through a consumer group, in order per aggregate", async () => {
    const a = randomUUID();
    const b = randomUUID();
    const sent = [event(a, 1), event(b, 1), event(a, 2), event(b, 2), event(a, 3)];
    const got: EventEnvelope[] = [];
    const group = `test-${randomUUID()}`;
    const sub = await bus.subscribe({
      group,
      topics: ["meander.activity"],
      handler: async (e) => {
        if (sent.some((s) => s.id === e.id)) got.push(e);
      },
    });
    await bus.publish(sent);
    await until(() => got.length === sent.length);
    expect(got.filter((e) => e.aggregateId === a).map((e) => e.id)).toEqual(
      sent.filter((e) => e.aggregateId === a).map((e) => e.id),
    );
    expect(got.filter((e) => e.aggregateId === b).map((e) => e.id)).toEqual(
      sent.filter((e) => e.aggregateId === b).map((e) => e.id),
    );
    expect(got[0]).toEqual(sent.find((s) => s.id === got[0]!.id));
    await sub.stop();
    // Lag is observable: the group that read everything has none; a group that never read has the whole topic.
    expect(await bus.lag(group, ["meander.activity"])).toBe(0);
    expect(await bus.lag(`never-${randomUUID()}`, ["meander.activity"])).toBeGreaterThanOrEqual(sent.length);
  });

  it("refuses to publish an envelope whose payload breaks the catalog", async () => {
    const bad = { ...event(randomUUID(), 1), payload: { activityId: "nope" } };
    await expect(bus.publish([bad])).rejects.toThrow(/activityId/);
  });

  it("sends dead letters to their consumer's dead-letter topic with the reason", async () => {
    const reason = `test reason ${randomUUID()}`;
    await bus.deadLetter({
      consumer: "test.consumer",
      reason,
      event: { garbage: true },
      failedAt: new Date().toISOString(),
    });
    const kafka = new Kafka({ clientId: "dlq-reader", brokers, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `dlq-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: `${namespace}.${deadLetterTopicOf("test.consumer")}`, fromBeginning: true });
    const reasons: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => void reasons.push(JSON.parse(message.value!.toString()).reason),
    });
    await until(() => reasons.includes(reason));
    await consumer.disconnect();
    expect(reasons).toContain(reason);
  });

  it("creates its topics keeping every event (retention.ms=-1), so a group can start over (issue 21 item 6)", async () => {
    const admin = new Kafka({ clientId: "events-test-admin", brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: ["meander.activity", "meander.reporting", "meander.dead-letter"].map((t) => ({
          type: ConfigResourceTypes.TOPIC,
          name: `${namespace}.${t}`,
        })),
      });
      for (const r of resources) {
        const value = (name: string) => r.configEntries.find((e) => e.configName === name)?.configValue;
        expect({
          topic: r.resourceName,
          retention: value("retention.ms"),
          bytes: value("retention.bytes"),
          policy: value("cleanup.policy"),
        }).toEqual({
          topic: r.resourceName,
          retention: "-1",
          bytes: "-1",
          policy: "delete",
        });
      }
      // People's profiles and invited addresses (issue 24 item 2): compacted, so a null replaces the earlier values.
      const { resources: compacted } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: ["meander.identity.profiles", "meander.organization.invitations"].map((t) => ({
          type: ConfigResourceTypes.TOPIC,
          name: `${namespace}.${t}`,
        })),
      });
      expect(compacted).toHaveLength(2);
      for (const r of compacted) {
        const value = (name: string) => r.configEntries.find((e) => e.configName === name)?.configValue;
        expect({
          topic: r.resourceName,
          policy: value("cleanup.policy"),
          retention: value("retention.ms"),
          segment: value("segment.ms"),
          dirtyRatio: value("min.cleanable.dirty.ratio"),
          maxLag: value("max.compaction.lag.ms"),
          tombstones: value("delete.retention.ms"),
        }).toEqual({
          topic: r.resourceName,
          policy: "compact",
          retention: "-1",
          segment: "3600000",
          dirtyRatio: "0.01",
          maxLag: "3600000",
          tombstones: "86400000",
        });
      }
    } finally {
      await admin.disconnect();
    }
  });
});
