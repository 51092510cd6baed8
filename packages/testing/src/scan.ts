/**
 * A scan of a whole test database for markers (secrecy at rest, issue #6 item 10; erasure, issue 24): every column
 * of every table in every schema (system schemas aside) whose value holds one: text, varchar, char, json, jsonb,
 * arrays and enums compared as text, bytea as bytes. Run it as the database's owner (a superuser in the tests), so
 * row-level security hides nothing. Answers "schema.table.column" of each hit, per marker.
 */
import type { SubgraphHarness } from "./harness.js";

/** What the scan needs: a database it can send SQL text to (a harness's `db`, a platform's `database.db`). */
export type Scannable = Pick<SubgraphHarness, "db">;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

async function rows<T>(h: Scannable, q: string): Promise<T[]> {
  return ((await h.db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** Every marker's hits (one query per column for all markers at once) and how many columns were scanned. */
export async function columnsHoldingAny(
  h: Scannable,
  markers: readonly string[],
): Promise<{ hits: Record<string, string[]>; scanned: number }> {
  const columns = await rows<{ s: string; t: string; c: string; type: string }>(
    h,
    `select c.table_schema as s, c.table_name as t, c.column_name as c, c.data_type as type
        from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_toast%'
          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')`,
  );
  const hits: Record<string, string[]> = Object.fromEntries(markers.map((m) => [m, []]));
  if (markers.length === 0) return { hits, scanned: columns.length };
  for (const col of columns) {
    const predicate = (m: string) =>
      col.type === "bytea"
        ? `position(convert_to(${literal(m)}, 'UTF8') in ${quote(col.c)}) > 0`
        : `${quote(col.c)}::text like '%' || ${literal(m)} || '%'`;
    const counts = markers.map((m, i) => `count(*) filter (where ${predicate(m)})::int as m${i}`).join(", ");
    const [found] = await rows<Record<string, number>>(h, `select ${counts} from ${quote(col.s)}.${quote(col.t)}`);
    markers.forEach((m, i) => {
      if (Number(found?.[`m${i}`]) > 0) hits[m]!.push(`${col.s}.${col.t}.${col.c}`);
    });
  }
  return { hits, scanned: columns.length };
}

/** One marker's hits. */
export async function columnsHolding(h: Scannable, marker: string): Promise<{ hits: string[]; scanned: number }> {
  const { hits, scanned } = await columnsHoldingAny(h, [marker]);
  return { hits: hits[marker]!, scanned };
}
