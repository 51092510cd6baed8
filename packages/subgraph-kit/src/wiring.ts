/**
 * The event plumbing every subgraph needs, wired the same way everywhere: an
 * outbox relay, a unit of work that pokes it after each commit, and one
 * idempotent consumer per purpose.
 */
import {
  createOutboxRelay,
  createUnitOfWork,
  startConsumer,
  type ConsumerHandlers,
  type EventTables,
} from "@meander/events";
import type { SubgraphDeps, Worker } from "./service.js";

export function eventPlumbing(
  subgraph: string,
  deps: SubgraphDeps,
  tables: EventTables,
  consumers: Record<string, ConsumerHandlers> = {},
) {
  const relay = createOutboxRelay({
    name: subgraph,
    db: deps.db,
    tables,
    bus: deps.bus,
    pollIntervalMs: deps.relayPollMs,
    onError: (err) => deps.log.error({ err }, "outbox relay failed; retrying"),
  });
  const uow = createUnitOfWork(deps.db, tables, () => relay.poke());
  const consumerWorkers: Worker[] = Object.entries(consumers).map(([purpose, handlers]) => {
    let subscription: { stop(): Promise<void> } | undefined;
    return {
      async start() {
        subscription = await startConsumer({
          name: `${subgraph}.${purpose}`,
          db: deps.db,
          tables,
          bus: deps.bus,
          handlers,
          onError: (err) => deps.log.warn({ err, consumer: `${subgraph}.${purpose}` }, "event handler failed"),
        });
      },
      async stop() {
        await subscription?.stop();
      },
    };
  });
  return { relay, uow, workers: [relay, ...consumerWorkers] as Worker[] };
}
