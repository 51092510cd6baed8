/**
 * The auditor's look at the broker (issue 24 item 8: "nor does a replay of the topics" name an erased person): every
 * message of every topic of one platform's namespace, read from the beginning by a consumer group of its own (as a
 * replay reads them), searched for markers. The operator console's `scan-topics` (platform-process.ts), postgres
 * way of running only: the embedded way has no broker, its bus replays the outboxes, which scan-database reads.
 *
 * The compacted topics (COMPACTED_TOPICS) are read as they are on the broker at that moment: an earlier value of a
 * key may still be there until the log cleaner has run (@meander/events README, "Personal data in events"), so the
 * scan also answers the newest value of every key of those topics (null for a tombstone).
 */
import { randomUUID } from "node:crypto";
import { COMPACTED_TOPICS } from "@meander/events";
import { Kafka, logLevel } from "kafkajs";

export interface TopicScan {
  /** Per marker: `topic/partition@offset` of each message holding it (key, value or headers). */
  hits: Record<string, string[]>;
  /** Messages read. */
  messages: number;
  /** The topics read (names without the namespace). */
  topics: string[];
  /** Per compacted topic (without the namespace): the newest value of each key (null: a tombstone). */
  newest: Record<string, Record<string, string | null>>;
}

export async function scanTopics(
  brokers: string[],
  namespace: string,
  markers: string[],
  timeoutMs = 60_000,
): Promise<TopicScan> {
  const kafka = new Kafka({ clientId: `${namespace}-topic-scan`, brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const prefix = `${namespace}.`;
  const group = `${prefix}journey-topic-scan-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId: group });
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix)).sort();
    // Where each partition ends now: the scan reads up to there.
    const remaining = new Map<string, number>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic))
        if (Number(p.high) > Number(p.low)) remaining.set(`${topic}/${p.partition}`, Number(p.high));
    }
    const scan: TopicScan = {
      hits: Object.fromEntries(markers.map((m) => [m, []])),
      messages: 0,
      topics: topics.map((t) => t.slice(prefix.length)),
      newest: {},
    };
    const compacted = new Set(COMPACTED_TOPICS.map((t) => prefix + t));
    if (remaining.size === 0) return scan;
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const where = `${topic}/${partition}`;
        const end = remaining.get(where);
        if (end === undefined || Number(message.offset) >= end) return;
        scan.messages += 1;
        const key = message.key?.toString() ?? "";
        const value = message.value?.toString() ?? null;
        const text = [key, value ?? "", ...Object.values(message.headers ?? {}).map((h) => String(h))].join("\n");
        for (const m of markers)
          if (text.includes(m)) scan.hits[m]!.push(`${topic.slice(prefix.length)}/${partition}@${message.offset}`);
        if (compacted.has(topic)) (scan.newest[topic.slice(prefix.length)] ??= {})[key] = value;
        if (Number(message.offset) + 1 >= end) {
          remaining.delete(where);
          if (remaining.size === 0) finish();
        }
      },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      done,
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () =>
              reject(
                new Error(`topic scan: ${[...remaining.keys()].join(", ")} not read to the end in ${timeoutMs} ms`),
              ),
            timeoutMs,
          )),
      ),
    ]).finally(() => clearTimeout(timer));
    return scan;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin.disconnect();
  }
}
