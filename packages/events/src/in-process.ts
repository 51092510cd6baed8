/**
 * The in-process transport of the embedded mode. Delivery is asynchronous:
 * publish queues and returns, so a relay that publishes inside its transaction
 * never waits on a consumer's transaction (PGlite runs one at a time).
 * Each consumer group receives a topic's events one at a time, in order.
 */
import type { DeadLetter, EventBus, EventHandler, SubscribeOptions } from "./bus.js";
import { DEAD_LETTER_TOPIC, topicOf, type EventEnvelope } from "./envelope.js";

interface Group {
  topics: Set<string>;
  handler: EventHandler;
  queue: EventEnvelope[];
  running: boolean;
}

export interface InProcessBus extends EventBus {
  readonly deadLetters: readonly DeadLetter[];
}

export function createInProcessBus(opts: { onError?: (err: unknown) => void } = {}): InProcessBus {
  const groups = new Map<string, Group>();
  const deadLetters: DeadLetter[] = [];
  let waiters: Array<() => void> = [];

  const busy = () => [...groups.values()].some((g) => g.running || g.queue.length > 0);
  const settle = () => {
    if (busy()) return;
    const w = waiters;
    waiters = [];
    w.forEach((resolve) => resolve());
  };

  async function run(group: Group) {
    if (group.running) return;
    group.running = true;
    try {
      for (let event = group.queue.shift(); event; event = group.queue.shift()) {
        try {
          await group.handler(event);
        } catch (err) {
          opts.onError?.(err);
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
          if (group.topics.has(topic)) group.queue.push(structuredClone(event));
        }
      }
      for (const group of groups.values()) {
        if (group.queue.length > 0) setImmediate(() => void run(group));
      }
    },
    async subscribe(options: SubscribeOptions) {
      if (groups.has(options.group)) throw new Error(`consumer group ${options.group} already subscribed`);
      const group: Group = { topics: new Set(options.topics), handler: options.handler, queue: [], running: false };
      groups.set(options.group, group);
      return {
        async stop() {
          groups.delete(options.group);
          settle();
        },
      };
    },
    async deadLetter(entry) {
      deadLetters.push(entry);
      opts.onError?.(new Error(`${DEAD_LETTER_TOPIC}: ${entry.consumer}: ${entry.reason}`));
    },
    idle() {
      if (!busy()) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    async close() {
      groups.clear();
      settle();
    },
  };
}
