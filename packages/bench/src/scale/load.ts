/**
 * The bulk loader: rows buffered per table and written in big batches, each one
 * statement `insert ... select * from unnest($1::uuid[], $2::text[], ...)` (one
 * array parameter per column, so a batch of 5,000 rows is one round trip and one
 * plan; pg-copy-streams is not in the workspace). The loading session runs with
 * `session_replication_role = replica` (foreign keys and triggers are the
 * generator's business here) and writes no outbox rows: the read model is filled
 * separately (readmodel.ts).
 */
import pg from "pg";
import type { Row } from "./generate.js";

/** [column, postgres type of one value (the array parameter's element), cast in the select]. */
export type Columns = Array<[string, string, string?]>;

/** Columns per table. */
const TABLES: Record<string, Columns> = {
  "organization.regions": [
    ["id", "uuid"],
    ["organization_id", "uuid"],
    ["name", "text"],
  ],
  "organization.local_associations": [
    ["id", "uuid"],
    ["organization_id", "uuid"],
    ["region_id", "uuid"],
    ["name", "text"],
    ["municipality", "text"],
  ],
  "finance.local_associations": [
    ["id", "uuid"],
    ["organization_id", "uuid"],
    ["name", "text"],
  ],
  "reporting.local_associations": [
    ["local_association_id", "uuid"],
    ["organization_id", "uuid"],
    ["region_id", "uuid"],
    ["name", "text"],
  ],
  "identity.users": [
    ["id", "uuid"],
    ["email", "text"],
    ["first_name", "text"],
    ["last_name", "text"],
    ["phone", "text"],
  ],
  "organization.organization_memberships": [
    ["id", "uuid"],
    ["user_id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["role", "text", "organization.membership_role"],
    ["is_primary", "bool"],
  ],
  "identity.membership_projection": [
    ["membership_id", "uuid"],
    ["user_id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["role", "text"],
    ["is_primary", "bool"],
  ],
  "activity.membership_projection": [
    ["membership_id", "uuid"],
    ["user_id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["role", "text"],
  ],
  "reporting.mentor_statuses": [
    ["user_id", "uuid"],
    ["status", "text"],
    ["changed_at", "timestamptz"],
  ],
  "reporting.mentor_certifications": [
    ["certification_id", "uuid"],
    ["user_id", "uuid"],
    ["organization_id", "uuid"],
    ["certification_type_key", "text"],
    ["basic_course", "bool"],
    ["valid_from", "date"],
    ["valid_until", "date"],
    ["status", "text"],
    ["changed_at", "timestamptz"],
  ],
  "activity.contacts": [
    ["id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["first_name", "text"],
    ["last_name", "text"],
    ["municipality", "text"],
  ],
  "activity.activities": [
    ["id", "uuid"],
    ["user_id", "uuid"],
    ["contact_id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["activity_type", "text"],
    ["activity_date", "timestamptz"],
    ["duration_minutes", "int4"],
    ["location", "text"],
    ["status", "text", "activity.activity_status"],
    ["participant_count", "int4"],
    ["has_reimbursement", "bool"],
    ["bufdir_countable", "bool"],
    ["bufdir_reason", "text"],
    ["country", "text"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
  "finance.expenses": [
    ["id", "uuid"],
    ["organization_id", "uuid"],
    ["local_association_id", "uuid"],
    ["activity_id", "uuid"],
    ["user_id", "uuid"],
    ["expense_type", "text"],
    ["amount_ore", "int4"],
    ["distance_meters", "int4"],
    ["status", "text", "finance.expense_status"],
    ["submitted_by", "uuid"],
    ["rate_ore_per_km", "int4"],
    ["created_at", "timestamptz"],
  ],
};

export function insertStatement(table: string, cols: Columns | undefined = TABLES[table]): string {
  if (!cols) throw new Error(`no loader columns for ${table}`);
  const names = cols.map(([c]) => `"${c}"`).join(", ");
  const select = cols.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(", ");
  const args = cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const aliases = cols.map((_, i) => `c${i}`).join(", ");
  return `insert into ${table} (${names}) select ${select} from unnest(${args}) as u(${aliases})`;
}

/** Column arrays of a batch of rows, in the table's column order. */
export function columnArrays(table: string, rows: Row[], cols: Columns = TABLES[table]!): unknown[][] {
  return cols.map(([c]) => rows.map((r) => r[c] ?? null));
}

export interface Loader {
  emit(table: string, row: Row): Promise<void>;
  /** Writes what is buffered; returns the rows written per table. */
  finish(): Promise<Record<string, number>>;
}

export async function createLoader(url: string, batchSize = 5000): Promise<Loader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("set session_replication_role = replica");
  await client.query("set synchronous_commit = off");
  const buffers = new Map<string, Row[]>();
  const counts: Record<string, number> = {};
  const flush = async (table: string) => {
    const rows = buffers.get(table);
    if (!rows?.length) return;
    buffers.set(table, []);
    await client.query(insertStatement(table), columnArrays(table, rows));
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  return {
    async emit(table, row) {
      let rows = buffers.get(table);
      if (!rows) buffers.set(table, (rows = []));
      rows.push(row);
      if (rows.length >= batchSize) await flush(table);
    },
    async finish() {
      try {
        for (const table of Object.keys(TABLES)) await flush(table);
      } finally {
        await client.end();
      }
      return counts;
    },
  };
}
