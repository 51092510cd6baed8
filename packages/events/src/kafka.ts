/**
 * The Kafka transport (kafkajs) behind the bus interface: a topic per domain
 * (`meander.<domain>`) created at start-up with the admin client, messages keyed
 * by aggregate id so an aggregate's events stay in one partition and in order,
 * envelopes validated on publish and on consume, one produce call per batch.
 * kafkajs pitfalls handled (REFERENCES.md): offsets resolved and heartbeats sent
 * per message in eachBatch, isRunning()/isStale() checked, no commit past a gap.
 */
import { Kafka, logLevel as kafkaLogLevel, Partitioners, type Consumer, type Producer } from "kafkajs";
import type { DeadLetter, EventBus, SubscribeOptions } from "./bus.js";
import { validatePayload } from "./catalog.js";
import { DEAD_LETTER_TOPIC, envelopeSchema, topicOf, type EventEnvelope } from "./envelope.js";

export const DOMAIN_TOPICS = ["identity", "organization", "activity", "finance", "engagement", "reporting"].map(
  (d) => `meander.${d}`,
);

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  partitions?: number;
  /**
   * Prefix for every topic and consumer group (`<namespace>.meander.activity`):
   * lets several platforms (tests, environments) share one broker without
   * reading each other's events. Empty by default.
   */
  namespace?: string;
  /** Retry settings of the client: short waits so a broker outage is survived quickly. */
  retry?: { initialRetryTime?: number; maxRetryTime?: number; retries?: number };
  onError?: (err: unknown) => void;
}

export interface KafkaBus extends EventBus {
  /** Messages a consumer group still has to read, summed over partitions (observability); by default over the topics it reads. */
  lag(group: string, topics?: string[]): Promise<number>;
}

export function validateEnvelope(event: EventEnvelope): void {
  envelopeSchema.parse(event);
  validatePayload(event.type, event.version, event.payload);
}

/**
 * Create the topics that do not exist yet. A busy controller answers REQUEST_TIMED_OUT (kafkajs gives up on it at
 * once) while it goes on creating them, and another process may create some at the same moment: look again and
 * create what is still missing until every topic exists or the deadline passes.
 */
async function ensureTopics(admin: ReturnType<Kafka["admin"]>, topics: string[], partitions: number, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        timeout: 15_000,
        waitForLeaders: false, // waitUntilServed asks the leaders themselves
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
      return;
    } catch (err) {
      if (Date.now() > deadline) {
        throw new Error(`kafka: could not create topics ${missing.join(", ")} in ${timeoutMs} ms: ${(err as Error).message}`, { cause: err });
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * The controller says a topic exists before its partitions are served: a broker can still answer "This server does not host this
 * topic-partition" for a moment after (KRaft propagates metadata asynchronously; another process may also have just
 * created the topic). Ask each partition's leader for its offsets until every topic answers, so the first produce
 * or fetch never meets a half-created topic.
 */
async function waitUntilServed(admin: ReturnType<Kafka["admin"]>, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const topic of topics) {
    for (;;) {
      try {
        const offsets = await admin.fetchTopicOffsets(topic);
        if (offsets.length > 0) break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
      if (Date.now() > deadline) throw new Error(`kafka: topic ${topic} has no partitions served after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function createKafkaBus(opts: KafkaBusOptions): Promise<KafkaBus> {
  const kafka = new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: kafkaLogLevel.NOTHING,
    retry: { initialRetryTime: 300, maxRetryTime: 5000, retries: 20, ...opts.retry },
  });
  const ns = (name: string) => (opts.namespace ? `${opts.namespace}.${name}` : name);
  const admin = kafka.admin();
  await admin.connect();
  const wanted = [...DOMAIN_TOPICS, DEAD_LETTER_TOPIC].map(ns);
  await ensureTopics(admin, wanted, opts.partitions ?? 3);
  await waitUntilServed(admin, wanted);

  // The producer gives up after a few seconds: the outbox relay keeps the events and retries with its own
  // backoff, without holding its transaction open through a long broker outage.
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { initialRetryTime: 200, maxRetryTime: 1000, retries: 3 },
  });
  await producer.connect();
  const consumers = new Set<Consumer>();
  const subscriptions = new Map<string, string[]>(); // group -> topics

  const bus: KafkaBus = {
    async publish(events) {
      if (events.length === 0) return;
      const byTopic = new Map<string, Array<{ key: string; value: string; headers: Record<string, string> }>>();
      for (const event of events) {
        validateEnvelope(event);
        const topic = ns(topicOf(event.type));
        const list = byTopic.get(topic) ?? [];
        list.push({ key: event.aggregateId, value: JSON.stringify(event), headers: { type: event.type, id: event.id } });
        byTopic.set(topic, list);
      }
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    },

    async subscribe(options: SubscribeOptions) {
      // maxWaitTimeInMs: how long an idle fetch waits at the broker (new messages still return at once); it also bounds
      // how long a stop waits for the fetch in flight (kafkajs' default, 5 s, made every shutdown take seconds).
      const consumer = kafka.consumer({ groupId: ns(options.group), sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 1_000 });
      consumers.add(consumer);
      subscriptions.set(options.group, options.topics);
      await consumer.connect();
      await consumer.subscribe({ topics: options.topics.map(ns), fromBeginning: true });
      await consumer.run({
        autoCommit: true,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
          for (const message of batch.messages) {
            if (!isRunning() || isStale()) break;
            let raw: unknown = message.value?.toString("utf8");
            try {
              raw = JSON.parse(raw as string);
            } catch {
              // Not JSON: the consumer dead-letters it with the reason.
            }
            // The handler (an idempotent consumer) never throws: it retries, then dead-letters.
            await options.handler(raw as EventEnvelope);
            resolveOffset(message.offset);
            await heartbeat();
          }
          await commitOffsetsIfNecessary();
        },
      });
      return {
        async stop() {
          await consumer.disconnect();
          consumers.delete(consumer);
          subscriptions.delete(options.group);
        },
      };
    },

    async deadLetter(entry: DeadLetter) {
      await producer.send({
        topic: ns(DEAD_LETTER_TOPIC),
        acks: -1,
        messages: [{ key: entry.consumer, value: JSON.stringify(entry), headers: { consumer: entry.consumer } }],
      });
      opts.onError?.(new Error(`${DEAD_LETTER_TOPIC}: ${entry.consumer}: ${entry.reason}`));
    },

    async lag(group, topics) {
      let total = 0;
      for (const topic of (topics ?? subscriptions.get(group) ?? DOMAIN_TOPICS).map(ns)) {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId: ns(group), topics: [topic] });
        for (const end of ends) {
          const c = committed?.partitions.find((p) => p.partition === end.partition);
          const at = c && Number(c.offset) >= 0 ? Number(c.offset) : Number(end.low);
          total += Math.max(0, Number(end.high) - at);
        }
      }
      return total;
    },

    async idle() {
      for (;;) {
        let pending = 0;
        for (const [group, topics] of subscriptions) pending += await bus.lag(group, topics);
        if (pending === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },

    async close() {
      await Promise.all([...consumers].map((c) => c.disconnect()));
      consumers.clear();
      await producer.disconnect();
      await admin.disconnect();
    },
  };
  return bus;
}
