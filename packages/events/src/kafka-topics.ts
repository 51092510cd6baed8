/**
 * Which topics exist, asked by name: a metadata request for the few topics a caller needs, never the whole cluster's
 * (`listTopics()`). A broker holding thousands of topics (a large cluster, or a developer's broker after many test
 * runs) answers a full-metadata read in seconds, past the status client's deadline, so every lag read said "unknown".
 */
import { Kafka, logLevel, type Admin } from "kafkajs";

const isUnknownTopic = (err: unknown) => (err as { type?: string } | null)?.type === "UNKNOWN_TOPIC_OR_PARTITION";

/** The ones of `topics` that exist (one small metadata request per topic, in parallel; the admin never creates one). */
export async function existingTopics(admin: Admin, topics: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(
    topics.map(async (topic) => {
      try {
        await admin.fetchTopicMetadata({ topics: [topic] });
        return topic;
      } catch (err) {
        if (isUnknownTopic(err)) return null;
        throw err;
      }
    }),
  );
  return new Set(found.filter((t): t is string => t !== null));
}

/**
 * Delete every topic of a namespace (`<namespace>.…`): what a test file or a benchmark made on a shared broker, removed
 * when it is done so the broker does not collect them run after run. Returns how many were deleted. Never call it
 * without a namespace: the platform's own topics have none.
 */
export async function deleteNamespaceTopics(brokers: string[], namespace: string): Promise<number> {
  if (!/^[A-Za-z0-9_-]+$/.test(namespace)) throw new Error(`not a namespace: ${JSON.stringify(namespace)}`);
  const kafka = new Kafka({ clientId: "meander-cleanup", brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin({ retry: { retries: 2 } });
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15_000 });
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}
