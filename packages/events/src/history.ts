/**
 * The kept events, for the in-process bus (issue 21 item 6): every subgraph's outbox keeps its rows after they are
 * sent (nothing deletes them), so they are the log a consumer group that starts from the beginning reads, as a
 * fresh Kafka consumer group reads its topics. An aggregate's events are written by the one subgraph that owns it,
 * in its outbox's order (`position`), so reading each outbox in order keeps every aggregate's order, the guarantee
 * a Kafka partition gives (there is none across aggregates on either transport). Unsent rows are read too: they are
 * committed, and the relay's later publish of them is skipped by the idempotent consumer.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@meander/db";
import type { EventEnvelope } from "./envelope.js";

/** Where a history read stopped: the outbox (index into the schemas) and the last position read in it. */
export interface HistoryCursor {
  outbox: number;
  position: string;
}

/** One page of the kept events of `topics`, oldest first per outbox, after `cursor`; `next` null once read through. */
export type EventHistory = (
  topics: string[],
  cursor: HistoryCursor | null,
) => Promise<{ events: EventEnvelope[]; next: HistoryCursor | null }>;

interface Row {
  /** The row's position as text (a bigint): never sort by it. */
  at: string;
  id: string;
  type: string;
  version: number;
  occurred_at: string;
  organization_id: string | null;
  actor_id: string | null;
  aggregate_id: string;
  payload: unknown;
}

/** The outboxes of these pg schemas (the embedded layout: one database, a schema per subgraph) as the history. */
export function outboxHistory(db: Db, schemas: readonly string[], pageSize = 1_000): EventHistory {
  return async (topics, cursor) => {
    const at = cursor ?? { outbox: 0, position: "0" };
    for (let outbox = at.outbox; outbox < schemas.length; outbox++) {
      const after = outbox === at.outbox ? at.position : "0";
      const rows = await queryRows<Row>(
        db,
        sql`select o.position::text as at, id, type, version, organization_id, actor_id, aggregate_id, payload,
                   to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at
              from ${sql.identifier(schemas[outbox]!)}.outbox o
             where o.position > ${after}::bigint and o.topic = any(${`{${topics.join(",")}}`}::text[])
             order by o.position limit ${pageSize}`,
      );
      if (rows.length === 0) continue;
      const events = rows.map((r): EventEnvelope => ({
        id: r.id,
        type: r.type,
        version: r.version,
        occurredAt: r.occurred_at,
        organizationId: r.organization_id,
        actorId: r.actor_id,
        aggregateId: r.aggregate_id,
        payload: r.payload,
      }));
      return { events, next: { outbox, position: rows.at(-1)!.at } };
    }
    return { events: [], next: null };
  };
}
