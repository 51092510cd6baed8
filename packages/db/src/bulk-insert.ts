/**
 * Many rows in one INSERT with one bind parameter per column: each column's
 * values travel as one typed PostgreSQL array and `unnest` turns the arrays
 * back into rows, so each value goes through its column type's own input
 * (uuid, enum, timestamptz, jsonb) exactly as a bound parameter would. The
 * statement is the same whatever the row count.
 *
 * Why not drizzle's `insert().values(rows)`: it builds one SQL chunk and one
 * parameter per value (30 columns x 1,000 rows = 30,000), and building that
 * statement was about half of the activity subgraph's CPU for a bulk
 * registration of 1,000 activities. Why arrays rather than one JSON array of
 * objects (`json_populate_recordset`, used until the seventh benchmark
 * session): PostgreSQL spent about 30 ms turning 1,000 activities' JSON into
 * rows and 6 ms parsing the same values as arrays, and the JSON repeated
 * every column name on every row (packages/bench/README.md, "What limits
 * each figure").
 *
 * A value the rows leave out gets the column's default as drizzle would give it:
 * a JavaScript default or `defaultFn` computed here, an SQL default (`defaultNow()`,
 * a serial's sequence) evaluated by PostgreSQL; a column without a default gets null.
 */
import { getTableColumns, is, SQL, sql, type Column } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./transaction.js";

/** The columns drizzle inserts (generated ones left out), in the table's order. */
const insertable = (table: PgTable) =>
  Object.entries(getTableColumns(table)).filter(
    ([, c]) => c.generated === undefined || c.generated.type === "byDefault",
  );

const SERIAL_TYPES: Record<string, string> = { smallserial: "smallint", serial: "integer", bigserial: "bigint" };

/**
 * How a column's values travel: the array parameter's type, and the cast applied to each value after `unnest`
 * (null: none). Enums go through text[] (a driver only knows the array types it was built with: PGlite sends an
 * enum array it cannot type as a bare string), schema-qualified (drizzle's getSQLType leaves the schema out). JSON
 * goes through text[] and is cast value by value: PostgreSQL's array input for jsonb[] took 20-35 ms for 1,000
 * event payloads, text[] and the casts about 3 ms.
 */
function arrayType(column: Column): { param: string; cast: string | null } {
  const type = column.getSQLType();
  if ((column as { dimensions?: number }).dimensions)
    throw new Error(`bulkInsert: array column ${column.name} is not supported (unnest would flatten it)`);
  const enumOf = (column as { enum?: { enumName: string; schema?: string } }).enum;
  if (enumOf)
    return { param: `text[]::${enumOf.schema ? `"${enumOf.schema}".` : ""}"${enumOf.enumName}"[]`, cast: null };
  if (type === "jsonb" || type === "json") return { param: "text[]", cast: type };
  return { param: `${SERIAL_TYPES[type] ?? type}[]`, cast: null };
}

/** What a column needs per row, worked out once per call rather than once per value (1,000 rows x 30 columns). */
function plan(table: PgTable) {
  const { name, schema } = getTableConfig(table);
  const qualified = schema ? `${schema}.${name}` : name;
  return insertable(table).map(([key, column]) => {
    const sqlDefault = is(column.default, SQL) ? (column.default as SQL) : null;
    // A serial column's default is its sequence (no drizzle default to read), looked up once per statement (a scalar
    // subquery is evaluated once; the bare function call looked the sequence up again for every row).
    const dbDefault =
      sqlDefault ??
      (/Serial/.test(column.columnType)
        ? sql`nextval((select pg_get_serial_sequence(${qualified}, ${column.name}))::regclass)`
        : null);
    const jsDefault = column.defaultFn ? null : sqlDefault || column.default === undefined ? undefined : column.default;
    const { param, cast } = arrayType(column);
    const isJson = cast !== null;
    const given = (row: Record<string, unknown>): unknown =>
      row[key] !== undefined ? row[key] : column.defaultFn ? column.defaultFn() : jsDefault;
    return {
      key,
      column,
      dbDefault,
      param,
      cast,
      /** The row's value, or the column's JavaScript default when the row gives none (undefined: neither). */
      given,
      valueOf: (row: Record<string, unknown>): unknown => {
        const value = given(row);
        if (value === undefined || value === null) return value;
        // jsonb: the JSON text of the value (a string value is a JSON string, as drizzle sends it); everything else as the driver would send it.
        return isJson ? JSON.stringify(value) : column.mapToDriverValue(value);
      },
    };
  });
}

type Plan = ReturnType<typeof plan>;

/** The select of every insertable column, in the table's order, from one array parameter per column. */
function fromArrays(columns: Plan, rows: ReadonlyArray<Record<string, unknown>>): SQL {
  const args: SQL[] = [];
  const select = columns.map(({ dbDefault, param, cast, valueOf }) => {
    const values = rows.map(valueOf);
    const given = values.filter((v) => v !== undefined).length;
    // Left out by every row: the default itself (or null), no parameter.
    if (given === 0) return dbDefault ?? sql`null`;
    const alias = sql.identifier(`c${args.length}`);
    args.push(sql`${sql.param(values.map((v) => (v === undefined ? null : v)))}::${sql.raw(param)}`);
    const value = cast ? sql`${alias}::${sql.raw(cast)}` : alias;
    // Left out by some rows: null there, replaced by the SQL default as before.
    return dbDefault && given < rows.length ? sql`coalesce(${value}, ${dbDefault})` : value;
  });
  const aliases = sql.join(
    args.map((_, i) => sql.identifier(`c${i}`)),
    sql`, `,
  );
  if (args.length === 0) return sql`select ${sql.join(select, sql`, `)} from generate_series(1, ${rows.length})`;
  return sql`select ${sql.join(select, sql`, `)} from unnest(${sql.join(args, sql`, `)}) as u(${aliases})`;
}

async function insertPlanned(
  db: Executor,
  table: PgTable,
  columns: Plan,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(table).select(fromArrays(columns, rows));
}

export async function bulkInsert<T extends PgTable>(
  db: Executor,
  table: T,
  rows: ReadonlyArray<T["$inferInsert"]>,
): Promise<void> {
  await insertPlanned(db, table, plan(table), rows as ReadonlyArray<Record<string, unknown>>);
}

/**
 * Inserts the rows and answers them as stored without asking PostgreSQL for them back (no RETURNING): each value
 * as given, the column's JavaScript default (`default`, `defaultFn`) where a row gives none, null where the column
 * has no default. A column whose default only PostgreSQL knows (`defaultNow()`, a sequence) must be given by every
 * row, and the table may have no generated column (an error otherwise). Returning 1,000 activities and mapping
 * them back cost the activity subgraph about 10 ms of CPU per bulk registration.
 */
export async function bulkInsertGiven<T extends PgTable>(
  db: Executor,
  table: T,
  rows: ReadonlyArray<T["$inferInsert"]>,
): Promise<Array<T["$inferSelect"]>> {
  const { name } = getTableConfig(table);
  const columns = plan(table);
  if (columns.length !== Object.keys(getTableColumns(table)).length)
    throw new Error(`bulkInsertGiven: ${name} has generated columns; their values are not known here`);
  const complete = (rows as ReadonlyArray<Record<string, unknown>>).map((row) => {
    const out: Record<string, unknown> = {};
    for (const { key, column, dbDefault, given } of columns) {
      const value = given(row);
      if (value === undefined && dbDefault)
        throw new Error(
          `bulkInsertGiven: ${name}.${column.name} has a default only PostgreSQL knows; give it in every row`,
        );
      out[key] = value ?? null;
    }
    return out;
  });
  await insertPlanned(db, table, columns, complete);
  return complete as Array<T["$inferSelect"]>;
}
