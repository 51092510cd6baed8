/**
 * Topics asked for by name (a broker with thousands of topics answers a whole-cluster metadata read in seconds, past
 * the status client's deadline) and a namespace's topics deleted when its tests are done, on the real broker.
 */
import { randomUUID } from "node:crypto";
import { Kafka, logLevel } from "kafkajs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "./config.js";
import { createKafkaBus, deleteNamespaceTopics, existingTopics, type KafkaBus } from "../src/index.js";

const brokers = testEnv.kafkaBrokers;
const kept = `t${randomUUID().slice(0, 8)}`;
const doomed = `t${randomUUID().slice(0, 8)}`;
let keptBus: KafkaBus;
const admin = new Kafka({ clientId: "kafka-topics-test", brokers, logLevel: logLevel.NOTHING }).admin();

beforeAll(async () => {
  await admin.connect();
  keptBus = await createKafkaBus({ brokers, clientId: "kafka-topics-test", namespace: kept, partitions: 1 });
  const doomedBus = await createKafkaBus({ brokers, clientId: "kafka-topics-test", namespace: doomed, partitions: 1 });
  await doomedBus.close();
});
afterAll(async () => {
  await keptBus?.close();
  await deleteNamespaceTopics(brokers, kept);
  await admin.disconnect();
});

const inNamespace = async (ns: string) => (await admin.listTopics()).filter((t) => t.startsWith(`${ns}.`)).sort();

describe("Kafka topics by name", () => {
  it("tells which of the named topics exist, and creates none of the others", async () => {
    const asked = [`${kept}.meander.activity`, `${kept}.meander.privacy`, `${kept}.meander.nothing-${randomUUID()}`];
    const found = await existingTopics(admin, asked);
    expect([...found].sort()).toEqual([`${kept}.meander.activity`, `${kept}.meander.privacy`]);
    expect(await inNamespace(kept)).not.toContain(asked[2]);
  });

  it("reads consumer lag without a whole-cluster metadata read (a dead-letter topic not made yet counts none)", async () => {
    // Each read has the status client's short deadline; a first read on a loaded machine may still say "unknown".
    const group = `group-${randomUUID()}`;
    await expect
      .poll(async () => (await keptBus.consumerStates([group], 2_000))[0], { timeout: 20_000 })
      .toMatchObject({ lag: 0, deadLettered: 0 });
  });

  it("deletes one namespace's topics and leaves every other namespace's", async () => {
    const before = await inNamespace(doomed);
    expect(before).toContain(`${doomed}.meander.activity`);
    expect(await deleteNamespaceTopics(brokers, doomed)).toBe(before.length);
    await expect.poll(() => inNamespace(doomed), { timeout: 20_000 }).toEqual([]);
    expect(await inNamespace(kept)).toContain(`${kept}.meander.activity`);
  });

  it("refuses to delete without a namespace (the platform's own topics have none)", async () => {
    await expect(deleteNamespaceTopics(brokers, "")).rejects.toThrow(/not a namespace/);
    await expect(deleteNamespaceTopics(brokers, "meander.*")).rejects.toThrow(/not a namespace/);
  });
});
