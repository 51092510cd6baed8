/**
 * Publishes events and waits until reporting's consumers have handled them:
 * polls processed_events for their ids (one query per poll, much cheaper than
 * the bus's lag walk over every topic and group). For a redelivery, whose ids
 * are already recorded, use the bus's idle() instead. A settings event counts once reporting's own
 * consumer (not only the feature-flag projection) has it.
 */
import { sql } from "drizzle-orm";
import { queryRows } from "@meander/db";
import type { SubgraphHarness } from "@meander/testing";

export async function deliverAndWait(
  h: SubgraphHarness,
  events: Parameters<SubgraphHarness["bus"]["publish"]>[0],
  deadlineMs = 120_000,
): Promise<void> {
  await h.bus.publish(events);
  const ids = [...new Set(events.map((e) => e.id))];
  const until = Date.now() + deadlineMs;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      h.db,
      // Not the feature-flag consumer: it takes settings events too, and may be done before the directory is.
      sql`select count(distinct event_id)::int as n from reporting.processed_events
          where consumer <> 'reporting.features' and event_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
    if ((row?.n ?? 0) >= ids.length) return;
    if (Date.now() > until)
      throw new Error(`only ${row?.n ?? 0} of ${ids.length} events handled within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
