/**
 * The Kafka transport (kafkajs) behind the bus interface: a topic per domain
 * (`meander.<domain>`) created at start-up with the admin client, messages keyed
 * by aggregate id so an aggregate's events stay in one partition and in order,
 * envelopes validated on publish and on consume, one produce call per batch.
 * kafkajs pitfalls handled (REFERENCES.md): offsets resolved and heartbeats sent
 * per message in eachBatch, isRunning()/isStale() checked, no commit past a gap.
 * A handler that throws (a failure that passes, issue 19) pauses its partition
 * only and gets the same message again after a capped backoff; dead letters go
 * to each consumer's own topic, redriven ones come back on `meander.redrive`
 * (kafka-dead-letters.ts).
 */
import { Kafka, logLevel as kafkaLogLevel, Partitioners, type Consumer, type Producer } from "kafkajs";
import { redeliveryDelay, type DeadLetter, type EventBus, type SubscribeOptions } from "./bus.js";
import { validatePayload } from "./catalog/index.js";
import {
  COMPACTED_TOPICS,
  DEAD_LETTER_TOPIC,
  deadLetterTopicOf,
  envelopeSchema,
  REDRIVE_TOPIC,
  topicOf,
  type EventEnvelope,
} from "./envelope.js";
import { lagOf, redriveDeadLetters, statusProbe, type Redriven } from "./kafka-dead-letters.js";
import { existingTopics } from "./kafka-topics.js";
import { withContextOf } from "@meander/observability";

/** A message's headers as strings (the trace context among them), or undefined when it has none. */
function headersOf(
  raw: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined,
): Record<string, string> | undefined {
  if (!raw) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first.toString();
  }
  return out;
}

/** The six domains' topics, and `meander.privacy` (access exports and erasures: every subgraph publishes and reads it). */
export const DOMAIN_TOPICS = [
  "identity",
  "organization",
  "activity",
  "finance",
  "engagement",
  "reporting",
  "privacy",
].map((d) => `meander.${d}`);

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
  /** Redelivery of an event whose handler threw (a failure that passes): first wait, doubled up to the cap. */
  redelivery?: { initialMs?: number; maxMs?: number };
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
 * Every topic keeps its events for good (issue 21 item 6): a consumer group that starts over (`pnpm replay`) reads
 * every event from the beginning. Not compaction: an aggregate's key carries several events (registered, approved,
 * ...) and a replay needs them all. Events carry ids, not personal data ("Privacy by design"), so keeping them
 * does not defeat erasure.
 */
export const TOPIC_CONFIG = [
  { name: "retention.ms", value: "-1" },
  { name: "retention.bytes", value: "-1" },
  { name: "cleanup.policy", value: "delete" },
];

/**
 * The profiles' topic (PROFILE_TOPIC) and the invitations' (INVITATION_TOPIC) are compacted instead: the newest event
 * per key is kept (a replay still learns every name), an erased person's null profile replaces what came before once
 * the segment (1 h) rolls and the cleaner runs (a dirty ratio of 1 % suffices; max.compaction.lag.ms: no value waits
 * more than 1 h for the cleaner once its segment has rolled); the null itself stays 1 day (delete.retention.ms) for
 * consumers that lag. README "Personal data in events" gives the bound.
 */
export const PROFILE_TOPIC_CONFIG = [
  { name: "retention.ms", value: "-1" },
  { name: "retention.bytes", value: "-1" },
  { name: "cleanup.policy", value: "compact" },
  { name: "segment.ms", value: "3600000" },
  { name: "min.cleanable.dirty.ratio", value: "0.01" },
  { name: "delete.retention.ms", value: "86400000" },
  { name: "max.compaction.lag.ms", value: "3600000" },
];

const configOf = (topic: string) =>
  COMPACTED_TOPICS.some((t) => topic.endsWith(t)) ? PROFILE_TOPIC_CONFIG : TOPIC_CONFIG;

/**
 * Topics created before their retention was set (a broker's default is 7 days) get it now: one describe, and an
 * alter only for those that differ.
 */
/** kafkajs' ConfigResourceTypes.TOPIC (2): that enum is not a named export Node's ESM loader finds in kafkajs (CommonJS). */
const TOPIC_RESOURCE = 2 as import("kafkajs").ConfigResourceTypes;

async function ensureRetention(admin: ReturnType<Kafka["admin"]>, topics: string[]): Promise<void> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: TOPIC_RESOURCE, name, configNames: configOf(name).map((c) => c.name) })),
  });
  const differ = resources
    .filter((r) =>
      configOf(r.resourceName).some(
        (want) => r.configEntries.find((e) => e.configName === want.name)?.configValue !== want.value,
      ),
    )
    .map((r) => r.resourceName);
  if (differ.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: differ.map((name) => ({ type: TOPIC_RESOURCE, name, configEntries: configOf(name) })),
  });
}

/**
 * Create the topics that do not exist yet. A busy controller answers REQUEST_TIMED_OUT (kafkajs gives up on it at
 * once) while it goes on creating them, and another process may create some at the same moment: look again and
 * create what is still missing until every topic exists or the deadline passes.
 */
async function ensureTopics(
  admin: ReturnType<Kafka["admin"]>,
  topics: string[],
  partitions: number,
  timeoutMs = 45_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const existing = await existingTopics(admin, topics);
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        timeout: 15_000,
        waitForLeaders: false, // waitUntilServed asks the leaders themselves
        topics: missing.map((topic) => ({
          topic,
          numPartitions: partitions,
          replicationFactor: 1,
          configEntries: configOf(topic),
        })),
      });
      return;
    } catch (err) {
      if (Date.now() > deadline) {
        throw new Error(
          `kafka: could not create topics ${missing.join(", ")} in ${timeoutMs} ms: ${(err as Error).message}`,
          { cause: err },
        );
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
      if (Date.now() > deadline)
        throw new Error(`kafka: topic ${topic} has no partitions served after ${timeoutMs} ms`);
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
  const wanted = [...DOMAIN_TOPICS, ...COMPACTED_TOPICS, DEAD_LETTER_TOPIC, REDRIVE_TOPIC].map(ns);
  await ensureTopics(admin, wanted, opts.partitions ?? 3);
  await waitUntilServed(admin, wanted);
  await ensureRetention(admin, wanted);

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
  const deadLetterTopics = new Set<string>(); // per-consumer dead-letter topics known to exist
  // Status reads (lag, dead letters) on a client of their own that gives up fast: a broker away answers "unknown".
  const status = statusProbe(
    new Kafka({
      clientId: `${opts.clientId}-status`,
      brokers: opts.brokers,
      logLevel: kafkaLogLevel.NOTHING,
      connectionTimeout: 500,
      requestTimeout: 700,
      retry: { retries: 0 },
    }),
    ns,
    (group) => [...(subscriptions.get(group) ?? DOMAIN_TOPICS), REDRIVE_TOPIC],
  );

  const bus: KafkaBus = {
    async publish(events) {
      if (events.length === 0) return;
      const byTopic = new Map<string, Array<{ key: string; value: string; headers: Record<string, string> }>>();
      for (const event of events) {
        validateEnvelope(event);
        const topic = ns(topicOf(event.type));
        const list = byTopic.get(topic) ?? [];
        // The trace context travels as message headers; the value is the event alone.
        const { headers, ...value } = event;
        list.push({
          key: event.aggregateId,
          value: JSON.stringify(value),
          headers: { ...headers, type: event.type, id: event.id },
        });
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
      const consumer = kafka.consumer({
        groupId: ns(options.group),
        sessionTimeout: 10_000,
        heartbeatInterval: 1_000,
        maxWaitTimeInMs: 1_000,
      });
      consumers.add(consumer);
      subscriptions.set(options.group, options.topics);
      await consumer.connect();
      await consumer.subscribe({ topics: [...options.topics, REDRIVE_TOPIC].map(ns), fromBeginning: true });
      const failures = new Map<string, number>(); // topic|partition -> failed deliveries in a row
      const resumes = new Set<NodeJS.Timeout>();
      await consumer.run({
        autoCommit: true,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary, pause }) => {
          const key = `${batch.topic}|${batch.partition}`;
          const redrive = batch.topic === ns(REDRIVE_TOPIC);
          for (const message of batch.messages) {
            if (!isRunning() || isStale()) break;
            let raw: unknown = message.value?.toString("utf8");
            try {
              raw = JSON.parse(raw as string);
            } catch {
              // Not JSON: the consumer dead-letters it with the reason.
            }
            if (redrive) {
              // Another consumer's redriven dead letter: not ours to apply.
              if ((raw as Redriven | undefined)?.consumer !== options.group) {
                resolveOffset(message.offset);
                continue;
              }
              raw = (raw as Redriven).event;
            }
            try {
              await withContextOf(redrive ? undefined : headersOf(message.headers), () =>
                options.handler(raw as EventEnvelope),
              );
            } catch (err) {
              // A failure that passes: hold back this partition only (the others go on), deliver the same message
              // again after a capped backoff. Unresolved, it is fetched again and shows as lag meanwhile.
              opts.onError?.(err);
              const n = (failures.get(key) ?? 0) + 1;
              failures.set(key, n);
              const resume = pause();
              const timer = setTimeout(
                () => {
                  resumes.delete(timer);
                  resume();
                },
                redeliveryDelay(n, opts.redelivery?.initialMs, opts.redelivery?.maxMs),
              );
              timer.unref();
              resumes.add(timer);
              break;
            }
            failures.delete(key);
            resolveOffset(message.offset);
            await heartbeat();
          }
          await commitOffsetsIfNecessary();
        },
      });
      return {
        async stop() {
          for (const timer of resumes) clearTimeout(timer);
          await consumer.disconnect();
          consumers.delete(consumer);
          subscriptions.delete(options.group);
        },
      };
    },

    async deadLetter(entry: DeadLetter) {
      const topic = ns(deadLetterTopicOf(entry.consumer));
      if (!deadLetterTopics.has(topic)) {
        await ensureTopics(admin, [topic], 1, 30_000);
        await waitUntilServed(admin, [topic], 30_000);
        deadLetterTopics.add(topic);
      }
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: entry.consumer, value: JSON.stringify(entry), headers: { consumer: entry.consumer } }],
      });
      opts.onError?.(new Error(`${DEAD_LETTER_TOPIC}: ${entry.consumer}: ${entry.reason}`));
    },

    lag: (group, topics) => lagOf(admin, ns, group, topics ?? subscriptions.get(group) ?? DOMAIN_TOPICS),

    consumerStates: (groups, timeoutMs) => status.states(groups, timeoutMs),

    redrive: (consumer, { since } = {}) => redriveDeadLetters(kafka, admin, producer, ns, consumer, since),

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
      await status.close();
    },
  };
  return bus;
}
