// Deletes the topics earlier test runs left on a long-running developer broker (a run stopped half-way never reaches
// its teardown). Test namespaces are a short prefix and 6-8 hex digits (`t1a2b3c4d.meander.activity`: subgraph tests
// t…, journeys j…, services mode s…, audit…, faults…, bench…); the platform's own topics (`meander.*`, or a
// KAFKA_NAMESPACE an operator chose) never match. `npm test` runs it before the tests when the broker was already up;
// never run it while another test run shares the broker.
//   node infra/kafka/sweep-test-topics.mjs [broker, default 127.0.0.1:9092]
import { createRequire } from "node:module";

const require = createRequire(new URL("../../packages/events/package.json", import.meta.url));
const { Kafka, logLevel } = require("kafkajs");

export const TEST_TOPIC = /^(t|j|s|audit|faults|bench)[0-9a-f]{6,8}\.meander\./;

const broker = process.argv[2] ?? "127.0.0.1:9092";
const admin = new Kafka({ clientId: "meander-sweep", brokers: [broker], logLevel: logLevel.NOTHING }).admin();
await admin.connect();
try {
  const topics = (await admin.listTopics()).filter((t) => TEST_TOPIC.test(t));
  for (let i = 0; i < topics.length; i += 500) {
    await admin.deleteTopics({ topics: topics.slice(i, i + 500), timeout: 60_000 });
  }
  console.log(`kafka: ${topics.length} topics left by earlier test runs deleted`);
} finally {
  await admin.disconnect();
}
