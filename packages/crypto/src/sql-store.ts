/**
 * A KeyStore over any SQL runner, drizzle-free: give it a tagged-template query
 * function bound to your transaction, e.g. with drizzle
 *   sqlKeyStore({ table: "activity.organization_data_keys", query: (s, ...v) => queryRows(tx, sql(s, ...v)) })
 * or with a pg client: `query: pgQuery(client)`. The table is the one the README
 * shows (organization_id primary key, wrapped_key text, timestamps).
 */
import { CryptoError } from "./errors.js";
import type { KeyStore } from "./keyring.js";

type Row = Record<string, unknown>;
/** A tagged-template SQL runner: the values become bind parameters. */
export type SqlQuery = (strings: TemplateStringsArray, ...values: unknown[]) => Promise<Row[] | { rows: Row[] }>;

const IDENT = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

// The table name is part of the SQL text (validated above), everything else is a bind parameter.
function template(parts: string[]): TemplateStringsArray {
  return Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
}

const rowsOf = (r: Row[] | { rows: Row[] }): Row[] => (Array.isArray(r) ? r : r.rows);

export interface SqlKeyStoreOptions {
  /** Schema-qualified table, e.g. "activity.organization_data_keys" (lowercase identifiers only). */
  table: string;
  query: SqlQuery;
}

export function sqlKeyStore({ table, query }: SqlKeyStoreOptions): KeyStore {
  if (!IDENT.test(table)) throw new CryptoError("INVALID_ARGUMENT", `not a plain table name: ${JSON.stringify(table)}`);
  const select = template([`select wrapped_key from ${table} where organization_id = `, ""]);
  const insert = template([
    `insert into ${table} (organization_id, wrapped_key) values (`,
    ", ",
    ") on conflict (organization_id) do nothing",
  ]);
  const update = template([
    `update ${table} set wrapped_key = `,
    ", rotated_at = now() where organization_id = ",
    " and wrapped_key = ",
    " returning organization_id",
  ]);
  const load = async (organizationId: string) => {
    const rows = rowsOf(await query(select, organizationId));
    return (rows[0]?.wrapped_key as string | undefined) ?? null;
  };
  return {
    loadWrappedKey: load,
    async saveWrappedKey(organizationId, wrapped) {
      await query(insert, organizationId, wrapped);
      // A concurrent transaction may have won the insert: use whatever is stored now.
      return (await load(organizationId)) ?? wrapped;
    },
    async replaceWrappedKey(organizationId, previous, next) {
      return rowsOf(await query(update, next, organizationId, previous)).length === 1;
    },
  };
}

/** Adapts a pg-style client (`query(text, values)` answering `{ rows }`: pg Pool/PoolClient, PGlite) to SqlQuery. */
export function pgQuery(client: { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> }): SqlQuery {
  return async (strings, ...values) => {
    const text = strings.reduce((acc, s, i) => acc + (i > 0 ? `$${i}` : "") + s, "");
    return (await client.query(text, values)).rows as Row[];
  };
}

/** The table every subgraph that encrypts needs, as SQL (put it in a `drizzle-kit generate --custom` migration, or use the drizzle definition in the README). */
export function dataKeyTableSql(table: string): string {
  if (!IDENT.test(table)) throw new CryptoError("INVALID_ARGUMENT", `not a plain table name: ${JSON.stringify(table)}`);
  return `create table if not exists ${table} (
  organization_id uuid primary key,
  wrapped_key text not null,
  created_at timestamptz not null default now(),
  rotated_at timestamptz
);`;
}
