/** The Wrapped batch job (idempotent) and the mentor's own summary. */
import { badInput, type Viewer } from "@meander/auth";
import type { Db, Executor } from "@meander/db";
import { createWrappedRepository, type AnnualSummaryRow } from "../db/repositories/wrapped.js";
import { hoursOf, yearJustEnded } from "../domain/statistics.js";
import { validYear } from "../domain/bufdir-report.js";
import { buildWrapped, sameWrapped } from "../domain/wrapped.js";

export interface WrappedRunResult {
  year: number;
  /** Summaries written (new or changed). */
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Computes every mentor's summary of `year` (default: the year just ended) from the read model and
 * stores it, in one transaction under an advisory lock. Running it again with the same facts
 * writes nothing (computedAt stays); a changed summary is rewritten; a mentor with nothing left
 * in the year (an activity rejected later) loses the summary.
 */
export async function runWrappedJob(db: Db, year: number = yearJustEnded(), now: Date = new Date()): Promise<WrappedRunResult> {
  if (!validYear(year)) throw new RangeError(`year out of range: ${year}`);
  return db.transaction(async (tx) => {
    const repo = createWrappedRepository(tx);
    await repo.lock();
    const computed = buildWrapped(year, { monthly: await repo.monthly(year), contacts: await repo.contacts(year), badges: await repo.badges(year), attended: await repo.attended(year) });
    const stored = new Map((await repo.stored(year)).map((r) => [r.userId, r]));
    const result: WrappedRunResult = { year, written: 0, unchanged: 0, removed: 0 };
    for (const w of computed) {
      const old = stored.get(w.userId);
      stored.delete(w.userId);
      if (old && sameWrapped(old, w)) {
        result.unchanged++;
        continue;
      }
      await repo.upsert({ ...w, computedAt: now });
      result.written++;
    }
    for (const userId of stored.keys()) {
      await repo.remove(userId, year);
      result.removed++;
    }
    return result;
  });
}

export function wrappedView(row: AnnualSummaryRow) {
  return { ...row, hours: hoursOf(row.minutes) };
}

/** The caller's own summary (nobody else's): null until the job has run for the year. */
export async function myWrapped(db: Executor, viewer: Viewer, year: number | null | undefined) {
  const y = year ?? yearJustEnded();
  if (!validYear(y)) throw badInput("year_range", "year", "The year must be between 2000 and 2100");
  const row = await createWrappedRepository(db).one(viewer.userId, y);
  return row ? wrappedView(row) : null;
}
