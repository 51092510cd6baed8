/**
 * Many rows in one INSERT with one bind parameter: the rows travel as one JSON
 * array and PostgreSQL turns it into the table's row type
 * (`json_populate_recordset`), so each value goes through its column type's own
 * input (uuid, enum, timestamptz, jsonb) exactly as a bound parameter would.
 *
 * Why: drizzle's `insert().values(rows)` builds one SQL chunk and one parameter
 * per value (30 columns x 1,000 rows = 30,000), and building that statement was
 * about half of the activity subgraph's CPU time for a bulk registration of
 * 1,000 activities (packages/bench/README.md, "What limits each figure"). Here
 * the statement is the same whatever the row count; drizzle still maps the
 * returned rows.
 *
 * A value the rows leave out gets the column's default as drizzle would give it:
 * a JavaScript default or `defaultFn` computed here, an SQL default (`defaultNow()`)
 * evaluated by PostgreSQL; a column without a default gets null.
 */
import { getTableColumns, is, SQL, sql, type Column } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@meander/db";

/** The columns drizzle inserts (generated ones left out), in the table's order. */
const insertable = (table: PgTable) =>
  Object.entries(getTableColumns(table)).filter(([, c]) => c.generated === undefined || c.generated.type === "byDefault");

const sqlDefault = (column: Column): SQL | null => (is(column.default, SQL) ? (column.default as SQL) : null);

/** A JavaScript-side default (left out: null, or the SQL default applied in the select). */
function defaultOf(column: Column): unknown {
  if (column.defaultFn) return column.defaultFn();
  if (column.default === undefined || sqlDefault(column)) return undefined;
  return column.default;
}

/** The rows as PostgreSQL's JSON for `json_populate_recordset`: column names, driver values. */
function asJson(table: PgTable, rows: ReadonlyArray<Record<string, unknown>>): string {
  // What each column needs, worked out once per call rather than once per value (1,000 rows x 30 columns).
  const columns = insertable(table).map(([key, column]) => ({
    key,
    column,
    name: column.name,
    // jsonb: the value itself (json_populate_recordset reproduces it); everything else as the driver would send it.
    raw: column.getSQLType() === "jsonb" || column.getSQLType() === "json",
  }));
  return JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const { key, column, name, raw } of columns) {
        const value = row[key] === undefined ? defaultOf(column) : row[key];
        if (value === undefined) continue;
        out[name] = value === null || raw ? value : column.mapToDriverValue(value);
      }
      return out;
    }),
  );
}

/** The select of every column of `table`, in the table's order, from the rows sent as JSON. */
function fromJson(table: PgTable, json: string): SQL {
  const { name, schema } = getTableConfig(table);
  const qualified = schema ? `${schema}.${name}` : name;
  const names = insertable(table).map(([, c]) => {
    // A serial column's default is its sequence (no drizzle default to read), looked up once per statement (a scalar
    // subquery is evaluated once; the bare function call looked the sequence up again for every row).
    const fallback = sqlDefault(c) ?? (/Serial/.test(c.columnType) ? sql`nextval((select pg_get_serial_sequence(${qualified}, ${c.name}))::regclass)` : null);
    return fallback ? sql`coalesce(${sql.identifier(c.name)}, ${fallback})` : sql.identifier(c.name);
  });
  return sql`select ${sql.join(names, sql`, `)} from json_populate_recordset(null::${table}, ${json}::json)`;
}

export async function bulkInsert<T extends PgTable>(db: Executor, table: T, rows: ReadonlyArray<T["$inferInsert"]>): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(table).select(fromJson(table, asJson(table, rows as ReadonlyArray<Record<string, unknown>>)));
}

export async function bulkInsertReturning<T extends PgTable>(db: Executor, table: T, rows: ReadonlyArray<T["$inferInsert"]>): Promise<Array<T["$inferSelect"]>> {
  if (rows.length === 0) return [];
  return (await db
    .insert(table)
    .select(fromJson(table, asJson(table, rows as ReadonlyArray<Record<string, unknown>>)))
    .returning()) as Array<T["$inferSelect"]>;
}
