/** The bus interface: the in-process transport and the Kafka transport both implement it. */
import type { EventEnvelope } from "./envelope.js";

export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: one delivery per group per event. */
  group: string;
  topics: string[];
  handler: EventHandler;
}

/** What lands on the dead-letter topic: the raw event, who gave up on it and why. */
export interface DeadLetter {
  consumer: string;
  reason: string;
  event: unknown;
  failedAt: string;
}

export interface EventBus {
  /** Publishes a batch (one produce call); resolves when the transport has accepted it. */
  publish(events: EventEnvelope[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<{ stop(): Promise<void> }>;
  deadLetter(entry: DeadLetter): Promise<void>;
  /** Resolves when every event published so far has been handled by every subscribed group (tests, seeding, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}
