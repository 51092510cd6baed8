/**
 * A KeyStore over any SQL runner, drizzle-free: give it a tagged-template query
 * function bound to your transaction, e.g. with drizzle
 *   sqlKeyStore({ table: "activity.organization_data_keys", query: (s, ...v) => queryRows(tx, sql(s, ...v)) })
 * or with a pg client: `query: pgQuery(client)`. The table is the one the README
 * shows (organization_id primary key, wrapped_key text, timestamps).
 */
import { randomBytes } from "node:crypto";
import { CryptoError } from "./errors.js";
import type { KeyStore, StoredSubjectKey } from "./keyring.js";

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
  /** Schema-qualified table of subject keys (subjectKeyTableSql), e.g. "activity.subject_data_keys": needed for encryptFor. */
  subjectTable?: string;
  query: SqlQuery;
}

const checkTable = (table: string) => {
  if (!IDENT.test(table)) throw new CryptoError("INVALID_ARGUMENT", `not a plain table name: ${JSON.stringify(table)}`);
};

export function sqlKeyStore({ table, subjectTable, query }: SqlKeyStoreOptions): KeyStore {
  checkTable(table);
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
    ...(subjectTable ? sqlSubjectKeys(subjectTable, query) : {}),
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

/** The subject-key half of sqlKeyStore: one row per (organization, subject); destroying nulls the key and stamps destroyed_at. */
function sqlSubjectKeys(
  table: string,
  query: SqlQuery,
): Pick<Required<KeyStore>, "loadSubjectKey" | "loadSubjectKeyById" | "saveSubjectKey" | "destroySubjectKey"> {
  checkTable(table);
  const columns = "subject_id::text as subject_id, key_id, wrapped_key";
  const bySubject = template([`select ${columns} from ${table} where organization_id = `, " and subject_id = ", ""]);
  const byId = template([`select ${columns} from ${table} where organization_id = `, " and key_id = ", ""]);
  const insert = template([
    `insert into ${table} (organization_id, subject_id, key_id, wrapped_key) values (`,
    ", ",
    ", ",
    ", ",
    ") on conflict (organization_id, subject_id) do nothing",
  ]);
  const destroy = template([
    `update ${table} set wrapped_key = null, destroyed_at = now() where organization_id = `,
    " and subject_id = ",
    " and wrapped_key is not null returning key_id",
  ]);
  const tombstone = template([
    `insert into ${table} (organization_id, subject_id, key_id, wrapped_key, destroyed_at) values (`,
    ", ",
    ", ",
    ", null, now()) on conflict (organization_id, subject_id) do nothing",
  ]);
  const one = async (q: TemplateStringsArray, ...values: unknown[]): Promise<StoredSubjectKey | null> => {
    const [row] = rowsOf(await query(q, ...values));
    return row
      ? {
          subjectId: row.subject_id as string,
          subjectKeyId: row.key_id as string,
          wrapped: (row.wrapped_key as string | null) ?? null,
        }
      : null;
  };
  return {
    loadSubjectKey: (organizationId, subjectId) => one(bySubject, organizationId, subjectId),
    loadSubjectKeyById: (organizationId, keyId) => one(byId, organizationId, keyId),
    async saveSubjectKey(organizationId, key) {
      await query(insert, organizationId, key.subjectId, key.subjectKeyId, key.wrapped);
      return (await one(bySubject, organizationId, key.subjectId)) ?? key;
    },
    async destroySubjectKey(organizationId, subjectId) {
      if (rowsOf(await query(destroy, organizationId, subjectId)).length > 0) return true;
      await query(tombstone, organizationId, subjectId, randomBytes(8).toString("hex"));
      return false;
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

/** The per-subject key table (put it in a migration, or use the drizzle definition in the README). */
export function subjectKeyTableSql(table: string): string {
  checkTable(table);
  const name = table.split(".").at(-1)!;
  return `create table if not exists ${table} (
  organization_id uuid not null,
  subject_id uuid not null,
  key_id text not null,
  wrapped_key text,
  created_at timestamptz not null default now(),
  destroyed_at timestamptz,
  primary key (organization_id, subject_id)
);
create unique index if not exists ${name}_key_id_uq on ${table} (organization_id, key_id);`;
}
