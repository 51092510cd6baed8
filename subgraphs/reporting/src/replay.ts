/**
 * The replay command's core: rebuilds the read model (facts, rollups, the
 * directory of local associations, mentors, certifications and thresholds)
 * from the kept events. It empties those tables, then reads every event from the
 * beginning under fresh consumer groups until they have caught up: on Kafka the
 * topics (kept for good: retention.ms=-1), on the in-process bus of the embedded
 * start the subgraphs' outboxes (its `history`, @meander/events history.ts). Submitted
 * Bufdir reports and the audit log are never touched (both are append-only).
 * Safe beside the running service: every projection is idempotent by state
 * (a known activity is not inserted twice, a decision only moves a fact once,
 * upserts keep the newest), so an event seen by both consumers changes nothing more.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@meander/db";
import { startConsumer, type EventBus } from "@meander/events";
import { eventStore } from "./db/schema/index.js";
import { activityHandlers } from "./events/activities.js";
import { directoryHandlers } from "./events/directory.js";
import { statisticsHandlers } from "./events/statistics.js";

const READ_MODEL_TABLES = [
  "activity_facts",
  "pending_activity_decisions",
  "local_association_activity_counts",
  "bufdir_day_rollups",
  "bufdir_year_rollups",
  "bufdir_month_totals",
  "bufdir_mentor_years",
  "local_associations",
  "mentor_statuses",
  "mentor_certifications",
  "organization_bufdir_thresholds",
  "organizations",
  "regions",
  "people",
  "organization_terminology",
  "expense_facts",
  "reimbursement_payouts",
  "mentor_badges",
  "gathering_attendance",
];

export async function replayReadModel(
  deps: { db: Db; bus: EventBus; onError?: (err: unknown) => void },
  runId: string = Date.now().toString(36),
): Promise<{ groups: string[] }> {
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${READ_MODEL_TABLES.map((t) => `reporting.${t}`).join(", ")}`));
  });
  const consumers = await Promise.all(
    Object.entries({ activities: activityHandlers, directory: directoryHandlers, statistics: statisticsHandlers }).map(
      ([purpose, handlers]) =>
        startConsumer({
          name: `reporting.${purpose}.replay-${runId}`,
          db: deps.db,
          tables: eventStore,
          bus: deps.bus,
          handlers,
          onError: deps.onError,
          fromBeginning: true,
        }),
    ),
  );
  try {
    await deps.bus.idle();
  } finally {
    for (const c of consumers) await c.stop();
  }
  return { groups: ["activities", "directory", "statistics"].map((p) => `reporting.${p}.replay-${runId}`) };
}
