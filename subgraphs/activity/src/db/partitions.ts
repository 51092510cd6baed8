/**
 * The partition maintenance task: activity.activities is partitioned by year of
 * activity_date (migration 0002). At start-up and then daily it makes sure the
 * partitions of last year, this year and the next `yearsAhead` years exist (the
 * SQL function moves any rows of a new range out of the default partition).
 */
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@meander/db";

export const PARTITION_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Creates the yearly partitions fromYear..toYear that do not exist yet; returns how many it created. */
export async function ensurePartitions(db: Executor, fromYear: number, toYear: number): Promise<number> {
  const [row] = await queryRows<{ created: number }>(
    db,
    sql`select activity.ensure_activity_partitions(${fromYear}::int, ${toYear}::int) as created`,
  );
  return row?.created ?? 0;
}

/** Which partition holds this activity (activities_yYYYY or activities_default). */
export async function partitionOf(db: Executor, id: string): Promise<string | null> {
  const [row] = await queryRows<{ partition: string }>(
    db,
    sql`select a.tableoid::regclass::text as partition from activity.activities a join activity.activity_keys k on k.id = a.id and k.activity_date = a.activity_date where k.id = ${id}::uuid`,
  );
  return row?.partition ?? null;
}

export function partitionMaintenance(
  db: Executor,
  opts: { yearsAhead?: number; now?: () => Date; onError?: (err: unknown) => void } = {},
) {
  const yearsAhead = opts.yearsAhead ?? 1;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    const year = (opts.now ?? (() => new Date()))().getUTCFullYear();
    return ensurePartitions(db, year - 1, year + yearsAhead);
  };
  return {
    async start() {
      await run();
      timer = setInterval(() => void run().catch((err) => opts.onError?.(err)), PARTITION_CHECK_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
    },
  };
}
