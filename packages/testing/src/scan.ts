/**
 * A scan of a whole test database for a marker (secrecy at rest, issue #6 item 10; erasure, issue 24): every column
 * of every table in every schema (system schemas aside) whose value holds it: text, varchar, char, json, jsonb,
 * arrays and enums compared as text, bytea as bytes. Returns "schema.table.column" of each hit.
 */
import type { SubgraphHarness } from "./harness.js";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function rows<T>(h: Pick<SubgraphHarness, "db">, q: string): Promise<T[]> {
  return ((await h.db.execute(q)) as unknown as { rows: T[] }).rows;
}

export async function columnsHolding(h: Pick<SubgraphHarness, "db">, marker: string): Promise<{ hits: string[]; scanned: number }> {
  const columns = await rows<{ s: string; t: string; c: string; type: string }>(
    h,
    `select c.table_schema as s, c.table_name as t, c.column_name as c, c.data_type as type
        from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_toast%'
          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')`,
  );
  const literal = `'${marker.replace(/'/g, "''")}'`;
  const hits: string[] = [];
  for (const col of columns) {
    const predicate = col.type === "bytea" ? `position(convert_to(${literal}, 'UTF8') in ${quote(col.c)}) > 0` : `${quote(col.c)}::text like '%' || ${literal} || '%'`;
    const [found] = await rows<{ n: number }>(h, `select count(*)::int as n from ${quote(col.s)}.${quote(col.t)} where ${predicate}`);
    if (Number(found?.n) > 0) hits.push(`${col.s}.${col.t}.${col.c}`);
  }
  return { hits, scanned: columns.length };
}
