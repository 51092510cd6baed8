/**
 * The one reading of a subgraph's event health (issue 19 item 3), for `/events/status`, `/readyz` and metrics: the
 * outbox backlog from the database (unsent rows, the oldest one's age), and per consumer group its lag and its dead
 * letters from the transport. Whatever the broker or the database does, it answers within about `timeoutMs`: what
 * did not answer in time reads "unknown".
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@meander/db";
import type { ConsumerState, EventBus } from "./bus.js";
import type { EventTables } from "./outbox.js";

export interface EventsStatus {
  outbox: { unsent: number; oldestUnsentAt: string | null; oldestAgeSeconds: number | null } | "unknown";
  consumers: ConsumerState[];
}

function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  return Promise.race([work.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

export async function eventsStatus(opts: {
  db: Db;
  tables: EventTables;
  bus: EventBus;
  groups: string[];
  timeoutMs?: number;
}): Promise<EventsStatus> {
  const timeoutMs = opts.timeoutMs ?? 600;
  const { outbox } = opts.tables;
  const backlog = (async () => {
    const [row] = await queryRows<{ unsent: number; oldest: string | null; age: number | null }>(
      opts.db,
      sql`select count(*)::int as unsent, min(${outbox.occurredAt})::text as oldest,
                 extract(epoch from now() - min(${outbox.occurredAt}))::float8 as age
            from ${outbox} where ${outbox.sentAt} is null`,
    );
    return {
      unsent: row?.unsent ?? 0,
      oldestUnsentAt: row?.oldest ?? null,
      oldestAgeSeconds: row?.age == null ? null : Math.max(0, Math.round(row.age)),
    };
  })();
  const unknown = opts.groups.map((group): ConsumerState => ({ group, lag: "unknown", deadLettered: "unknown" }));
  const [outboxState, consumers] = await Promise.all([
    within<EventsStatus["outbox"]>(backlog, timeoutMs, "unknown"),
    opts.groups.length === 0
      ? Promise.resolve([])
      : within(opts.bus.consumerStates(opts.groups, timeoutMs), timeoutMs + 100, unknown),
  ]);
  return { outbox: outboxState, consumers };
}

/**
 * Why a service that reaches its database still works below par (readiness stays 200, see subgraph-kit README):
 * an outbox backlog older than `maxOutboxAgeSeconds` (events are not leaving), a broker that does not answer.
 */
export function degradedReasons(status: EventsStatus, maxOutboxAgeSeconds = 60): string[] {
  const reasons: string[] = [];
  if (status.outbox !== "unknown" && (status.outbox.oldestAgeSeconds ?? 0) > maxOutboxAgeSeconds) {
    reasons.push(
      `outbox backlog: ${status.outbox.unsent} events unsent, the oldest ${status.outbox.oldestAgeSeconds} s old`,
    );
  }
  if (status.consumers.some((c) => c.lag === "unknown")) reasons.push("event broker unreachable: consumer lag unknown");
  return reasons;
}
