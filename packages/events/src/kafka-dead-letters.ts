/**
 * Dead letters on Kafka (issue 19): each consumer has its own dead-letter topic, so its offsets carry the counts
 * (no table anywhere): the entries not redriven yet are those past the committed offset of the redrive group
 * `meander.redrive.<consumer>`. A redrive reads them from there (or from a time), republishes each event on the
 * redrive topic keyed by the consumer (only that consumer applies it; it skips what it has applied already), and
 * moves the redrive group's offset to the end. Status reads go through an admin client of their own with short
 * timeouts, so a broker that is away answers "unknown" within the deadline instead of hanging.
 */
import type { Admin, Kafka, Producer } from "kafkajs";
import type { ConsumerState, DeadLetter } from "./bus.js";
import { deadLetterTopicOf, REDRIVE_TOPIC } from "./envelope.js";
import { existingTopics } from "./kafka-topics.js";

export const redriveGroupOf = (consumer: string) => `meander.redrive.${consumer}`;

/** What a message on the redrive topic carries. */
export interface Redriven {
  consumer: string;
  event: unknown;
  redrivenAt: string;
}

type Ns = (name: string) => string;

/** Sum over partitions of end offset minus the group's committed offset (or the start, when it has none). */
async function behind(admin: Admin, groupId: string, topic: string): Promise<number> {
  const ends = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  let total = 0;
  for (const end of ends) {
    const c = committed?.partitions.find((p) => p.partition === end.partition);
    const at = c && Number(c.offset) >= 0 ? Math.max(Number(c.offset), Number(end.low)) : Number(end.low);
    total += Math.max(0, Number(end.high) - at);
  }
  return total;
}

/** The group's lag on each of these topics (names without the namespace). */
export async function lagByTopic(
  admin: Admin,
  ns: Ns,
  group: string,
  topics: string[],
): Promise<Array<{ topic: string; lag: number }>> {
  const out: Array<{ topic: string; lag: number }> = [];
  for (const topic of topics) out.push({ topic, lag: await behind(admin, ns(group), ns(topic)) });
  return out;
}

export async function lagOf(admin: Admin, ns: Ns, group: string, topics: string[]): Promise<number> {
  return (await lagByTopic(admin, ns, group, topics)).reduce((sum, t) => sum + t.lag, 0);
}

export async function deadLetteredOf(admin: Admin, ns: Ns, consumer: string, existing: Set<string>): Promise<number> {
  const topic = ns(deadLetterTopicOf(consumer));
  return existing.has(topic) ? behind(admin, ns(redriveGroupOf(consumer)), topic) : 0;
}

/** Lag and dead letters per group, or "unknown" for all when the broker does not answer within `timeoutMs`. */
export function statusProbe(statusKafka: Kafka, ns: Ns, topicsOf: (group: string) => string[]) {
  let admin: Admin | undefined;
  const known = new Set<string>();
  let inFlight: Promise<ConsumerState[]> | undefined;
  async function probe(groups: string[]): Promise<ConsumerState[]> {
    if (!admin) {
      const a = statusKafka.admin({ retry: { retries: 0 } });
      await a.connect();
      admin = a;
    }
    // Topics once seen stay known; only the others (a dead-letter topic not made yet) are asked for again.
    const wanted = [...new Set(groups.flatMap((g) => [...topicsOf(g), deadLetterTopicOf(g)].map(ns)))];
    const unseen = wanted.filter((t) => !known.has(t));
    for (const t of await existingTopics(admin, unseen)) known.add(t);
    const existing = known;
    return Promise.all(
      groups.map(async (group) => {
        const topics = await lagByTopic(
          admin!,
          ns,
          group,
          topicsOf(group).filter((t) => existing.has(ns(t))),
        );
        return {
          group,
          lag: topics.reduce((sum, t) => sum + t.lag, 0),
          topics,
          deadLettered: await deadLetteredOf(admin!, ns, group, existing),
        };
      }),
    );
  }
  return {
    async states(groups: string[], timeoutMs = 800): Promise<ConsumerState[]> {
      const unknown = groups.map((group): ConsumerState => ({ group, lag: "unknown", deadLettered: "unknown" }));
      // One probe at a time: while the broker is away, calls share the probe in flight instead of piling up.
      const current = (inFlight ??= probe(groups)
        .catch((err: unknown) => {
          known.clear(); // a topic deleted since: ask again next time
          throw err;
        })
        .finally(() => (inFlight = undefined)));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<ConsumerState[]>((resolve) => (timer = setTimeout(() => resolve(unknown), timeoutMs)));
      try {
        const answer = await Promise.race([current.catch(() => unknown), late]);
        // A probe started for other groups says nothing of these.
        return groups.every((g) => answer.some((a) => a.group === g))
          ? answer.filter((a) => groups.includes(a.group))
          : unknown;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await admin?.disconnect().catch(() => {});
    },
  };
}

export async function redriveDeadLetters(
  kafka: Kafka,
  admin: Admin,
  producer: Producer,
  ns: Ns,
  consumer: string,
  since?: Date,
): Promise<{ redriven: number }> {
  const topic = ns(deadLetterTopicOf(consumer));
  if (!(await existingTopics(admin, [topic])).has(topic)) return { redriven: 0 };
  const groupId = ns(redriveGroupOf(consumer));
  const ends = await admin.fetchTopicOffsets(topic);
  if (since) {
    const from = await admin.fetchTopicOffsetsByTimestamp(topic, since.getTime());
    await admin.setOffsets({
      groupId,
      topic,
      partitions: from.map((p) => ({ partition: p.partition, offset: p.offset })),
    });
  }
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const startOf = (partition: number, low: string) => {
    const c = committed?.partitions.find((p) => p.partition === partition);
    return c && Number(c.offset) >= 0 ? Math.max(Number(c.offset), Number(low)) : Number(low);
  };
  const remaining = new Map(
    ends.filter((e) => Number(e.high) > startOf(e.partition, e.low)).map((e) => [e.partition, Number(e.high)]),
  );
  if (remaining.size === 0) return { redriven: 0 };
  let redriven = 0;
  const reader = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
  await reader.connect();
  try {
    await reader.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      reader
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = remaining.get(partition);
            if (end === undefined || Number(message.offset) >= end) return;
            const entry = JSON.parse(message.value!.toString("utf8")) as DeadLetter;
            const value: Redriven = { consumer, event: entry.event, redrivenAt: new Date().toISOString() };
            await producer.send({
              topic: ns(REDRIVE_TOPIC),
              acks: -1,
              messages: [{ key: consumer, value: JSON.stringify(value), headers: { consumer } }],
            });
            redriven += 1;
            if (Number(message.offset) + 1 >= end) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await reader.disconnect();
  }
  // The group is empty again: move its position to where the redrive stopped (entries after it stay pending).
  await admin.setOffsets({ groupId, topic, partitions: ends.map((e) => ({ partition: e.partition, offset: e.high })) });
  return { redriven };
}
