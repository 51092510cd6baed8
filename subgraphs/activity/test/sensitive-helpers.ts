/** Helpers for the contacts and assignments tests: raw SQL reads, and a scan of the whole database for a marker. */
import type { SQL } from "drizzle-orm";
import type { SubgraphHarness } from "@meander/testing";

export async function rows<T = Record<string, unknown>>(h: SubgraphHarness, q: SQL): Promise<T[]> {
  const result = (await h.db.execute(q)) as unknown as { rows: T[] };
  return result.rows;
}

export async function count(h: SubgraphHarness, q: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(h, q);
  return Number(row!.n);
}

/** The whole-database scan for a marker lives in @meander/testing (identity's erasure test uses it too). */
export { columnsHolding } from "@meander/testing";
