/** Helpers for the contacts and assignments tests: raw SQL reads, and a scan of the whole database for a marker. */
import { sql, type SQL } from "drizzle-orm";
import type { SubgraphHarness } from "@meander/testing";

export async function rows<T = Record<string, unknown>>(h: SubgraphHarness, q: SQL): Promise<T[]> {
  const result = (await h.db.execute(q)) as unknown as { rows: T[] };
  return result.rows;
}

export async function count(h: SubgraphHarness, q: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(h, q);
  return Number(row!.n);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every column of every table in every schema (system schemas aside) whose value holds the marker: text, varchar,
 * char, json, jsonb, arrays and enums compared as text, bytea as bytes. Returns "schema.table.column" of each hit.
 */
export async function columnsHolding(h: SubgraphHarness, marker: string): Promise<{ hits: string[]; scanned: number }> {
  const columns = await rows<{ s: string; t: string; c: string; type: string }>(
    h,
    sql`select c.table_schema as s, c.table_name as t, c.column_name as c, c.data_type as type
        from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_toast%'
          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')`,
  );
  const hits: string[] = [];
  for (const col of columns) {
    const target = `${quote(col.s)}.${quote(col.t)}`;
    const predicate =
      col.type === "bytea"
        ? `position(convert_to($1, 'UTF8') in ${quote(col.c)}) > 0`
        : `${quote(col.c)}::text like '%' || $1 || '%'`;
    const found = await count(h, sql.raw(`select count(*)::int as n from ${target} where ${predicate.replace("$1", `'${marker.replace(/'/g, "''")}'`)}`));
    if (found > 0) hits.push(`${col.s}.${col.t}.${col.c}`);
  }
  return { hits, scanned: columns.length };
}
