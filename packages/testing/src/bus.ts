/**
 * The event bus of subgraph tests: the real Kafka broker (infra/kafka, started
 * by `npm test`), in a namespace of the test file's own so files never read each
 * other's events. Dead letters still go to the broker's dead-letter topic and
 * are also kept here, so a test can assert on them. Closing it deletes the namespace's topics, so a developer's broker
 * does not collect them run after run (thousands of topics made every status read slow).
 */
import { randomUUID } from "node:crypto";
import { createKafkaBus, deleteNamespaceTopics, type DeadLetter, type EventBus } from "@meander/events";
import { testConfig } from "./config.js";

export interface TestBus extends EventBus {
  readonly deadLetters: readonly DeadLetter[];
  readonly namespace: string;
}

export async function createTestBus(): Promise<TestBus> {
  const namespace = `t${randomUUID().slice(0, 8)}`;
  const kafka = await createKafkaBus({
    brokers: testConfig.kafkaBrokers,
    clientId: "meander-test",
    namespace,
    partitions: 2,
  });
  const deadLetters: DeadLetter[] = [];
  return {
    ...kafka,
    namespace,
    deadLetters,
    async close() {
      await kafka.close();
      await deleteNamespaceTopics(testConfig.kafkaBrokers, namespace).catch(() => 0);
    },
    async deadLetter(entry) {
      deadLetters.push(entry);
      await kafka.deadLetter(entry);
    },
  };
}
