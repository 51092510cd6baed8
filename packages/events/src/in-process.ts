/**
 * The in-process transport of the embedded mode. Delivery is asynchronous:
 * publish queues and returns, so a relay that publishes inside its transaction
 * never waits on a consumer's transaction (PGlite runs one at a time).
 * Each consumer group receives a topic's events one at a time, in order; a
 * handler that throws (a failure that passes) gets the same event again after a
 * capped backoff, holding back only its own group, as a Kafka partition would.
 * Given the kept events (`history`, the outboxes: history.ts), a group subscribed with `fromBeginning` first reads
 * them all, page by page, as a fresh Kafka consumer group reads its topics (replay, issue 21); events published
 * meanwhile wait behind them, so an aggregate's order holds.
 */
import {
  redeliveryDelay,
  type ConsumerState,
  type DeadLetter,
  type EventBus,
  type EventHandler,
  type SubscribeOptions,
} from "./bus.js";
import { DEAD_LETTER_TOPIC, topicOf, type EventEnvelope } from "./envelope.js";
import type { EventHistory, HistoryCursor } from "./history.js";
import { withContextOf } from "@meander/observability";

interface Group {
  topics: Set<string>;
  handler: EventHandler;
  queue: EventEnvelope[];
  running: boolean;
  stopped: boolean;
  /** Reading the kept events: where it stands, and what was published meanwhile (delivered after them). */
  replay?: { cursor: HistoryCursor | null; live: EventEnvelope[] };
  wait?: { timer: NodeJS.Timeout; resolve: () => void };
}

export interface InProcessBus extends EventBus {
  readonly deadLetters: readonly DeadLetter[];
}

export interface InProcessBusOptions {
  onError?: (err: unknown) => void;
  retry?: { initialMs?: number; maxMs?: number };
  /** The kept events a group subscribed with `fromBeginning` reads first (none without it). */
  history?: EventHistory;
}

export function createInProcessBus(opts: InProcessBusOptions = {}): InProcessBus {
  const groups = new Map<string, Group>();
  const deadLetters: DeadLetter[] = [];
  let waiters: Array<() => void> = [];

  const busy = () => [...groups.values()].some((g) => g.running || g.queue.length > 0 || g.replay);
  const settle = () => {
    if (busy()) return;
    const w = waiters;
    waiters = [];
    w.forEach((resolve) => resolve());
  };
  const pause = (group: Group, ms: number) =>
    new Promise<void>((resolve) => {
      group.wait = { timer: setTimeout(resolve, ms), resolve };
    }).finally(() => (group.wait = undefined));
  const halt = (group: Group) => {
    group.stopped = true;
    group.queue.length = 0;
    group.replay = undefined;
    if (group.wait) {
      clearTimeout(group.wait.timer);
      group.wait.resolve();
    }
  };

  /** The next page of the kept events into the queue; once read through, what was published meanwhile. */
  async function refill(group: Group, replay: NonNullable<Group["replay"]>) {
    const page = await opts.history!([...group.topics], replay.cursor);
    group.queue.push(...page.events);
    replay.cursor = page.next;
    if (!page.next) {
      group.queue.push(...replay.live);
      group.replay = undefined;
    }
  }

  async function run(group: Group) {
    if (group.running) return;
    group.running = true;
    let failures = 0;
    try {
      while (!group.stopped && (group.queue.length > 0 || group.replay)) {
        if (group.queue.length === 0) {
          try {
            await refill(group, group.replay!);
            failures = 0;
          } catch (err) {
            opts.onError?.(err);
            failures += 1;
            await pause(group, redeliveryDelay(failures, opts.retry?.initialMs, opts.retry?.maxMs));
          }
          continue;
        }
        const event = group.queue[0]!;
        try {
          // The event's trace context (its headers) is the handler's: the consumer's span joins the request's trace.
          await withContextOf(event.headers, () => group.handler(event));
          failures = 0;
          group.queue.shift();
        } catch (err) {
          opts.onError?.(err);
          failures += 1;
          await pause(group, redeliveryDelay(failures, opts.retry?.initialMs, opts.retry?.maxMs));
        }
      }
    } finally {
      group.running = false;
      settle();
    }
  }

  return {
    deadLetters,
    async publish(events) {
      for (const event of events) {
        const topic = topicOf(event.type);
        for (const group of groups.values()) {
          if (group.topics.has(topic)) (group.replay?.live ?? group.queue).push(structuredClone(event));
        }
      }
      for (const group of groups.values()) {
        if (group.queue.length > 0) setImmediate(() => void run(group));
      }
    },
    async subscribe(options: SubscribeOptions) {
      if (groups.has(options.group)) throw new Error(`consumer group ${options.group} already subscribed`);
      const group: Group = {
        topics: new Set(options.topics),
        handler: options.handler,
        queue: [],
        running: false,
        stopped: false,
      };
      if (options.fromBeginning && opts.history) group.replay = { cursor: null, live: [] };
      groups.set(options.group, group);
      if (group.replay) setImmediate(() => void run(group));
      return {
        async stop() {
          halt(group);
          groups.delete(options.group);
          settle();
        },
      };
    },
    async deadLetter(entry) {
      deadLetters.push(entry);
      opts.onError?.(new Error(`${DEAD_LETTER_TOPIC}: ${entry.consumer}: ${entry.reason}`));
    },
    async consumerStates(names) {
      return names.map((name): ConsumerState => {
        const group = groups.get(name);
        const topics = [...(group?.topics ?? [])].map((topic) => ({
          topic,
          lag: group!.queue.filter((e) => topicOf(e.type) === topic).length,
        }));
        return {
          group: name,
          lag: group?.queue.length ?? 0,
          topics,
          deadLettered: deadLetters.filter((d) => d.consumer === name).length,
        };
      });
    },
    async redrive(consumer, { since } = {}) {
      const group = groups.get(consumer);
      if (!group) throw new Error(`consumer ${consumer} is not subscribed to this bus`);
      // In memory, a redriven entry leaves the list (the Kafka transport keeps the topic and moves its read position).
      const picked = deadLetters.filter((d) => d.consumer === consumer && (!since || new Date(d.failedAt) >= since));
      for (const entry of picked) deadLetters.splice(deadLetters.indexOf(entry), 1);
      for (const entry of picked) group.queue.push(structuredClone(entry.event) as EventEnvelope);
      if (picked.length > 0) setImmediate(() => void run(group));
      return { redriven: picked.length };
    },
    idle() {
      if (!busy()) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    async close() {
      for (const group of groups.values()) halt(group);
      groups.clear();
      settle();
    },
  };
}
