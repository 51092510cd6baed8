/** The bus interface: the in-process transport and the Kafka transport both implement it. */
import type { EventEnvelope } from "./envelope.js";

/**
 * Handles one event. Resolving means done with it (applied, skipped or dead-lettered); throwing means "not now":
 * the transport delivers the same event again after a capped backoff, holding back only that partition (in-process:
 * that consumer group), which shows as lag. The idempotent consumer throws only for failures that pass (RetryLater).
 */
export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: one delivery per group per event. */
  group: string;
  topics: string[];
  handler: EventHandler;
  /**
   * A group with no position yet starts from the oldest kept event (replay). Kafka: always so (its topics keep every
   * event: retention.ms=-1); the in-process bus: only when asked, from its history (the outboxes), else from now.
   */
  fromBeginning?: boolean;
}

/** What lands on the dead-letter topic: the raw event, who gave up on it and why. */
export interface DeadLetter {
  consumer: string;
  reason: string;
  event: unknown;
  failedAt: string;
}

/** A handler failure that passes by itself (database unreachable, lock timeout, deadlock): deliver it again later. */
export class RetryLater extends Error {
  constructor(cause: unknown) {
    super(`retry later: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** One consumer group as the transport sees it; "unknown" when the broker did not answer in time. */
export interface ConsumerState {
  group: string;
  /** Events the group still has to handle (summed over partitions and topics). */
  lag: number | "unknown";
  /** The same lag per topic the group reads (topic names without the namespace); absent when the lag is unknown. */
  topics?: Array<{ topic: string; lag: number }>;
  /** Events dead-lettered by this consumer and not redriven since. */
  deadLettered: number | "unknown";
}

/** The capped exponential backoff of redeliveries (the n-th failure in a row waits this long). */
export function redeliveryDelay(failures: number, initialMs = 100, maxMs = 2_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
}

export interface EventBus {
  /** Publishes a batch (one produce call); resolves when the transport has accepted it. */
  publish(events: EventEnvelope[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<{ stop(): Promise<void> }>;
  deadLetter(entry: DeadLetter): Promise<void>;
  /** Lag and dead letters of these groups, answered within about `timeoutMs` whatever the broker does. */
  consumerStates(groups: string[], timeoutMs?: number): Promise<ConsumerState[]>;
  /**
   * Puts a consumer's dead-lettered events back in front of it (only it), those dead-lettered since `since` or, by
   * default, those not redriven yet. Idempotent: the consumer skips what it has applied (processed_events).
   */
  redrive(consumer: string, opts?: { since?: Date }): Promise<{ redriven: number }>;
  /** Resolves when every event published so far has been handled by every subscribed group (tests, seeding, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}
