/** Pure checks of a subgraph's record of processing against the tables of its schema. */
import type { SubgraphRecords } from "./types.js";

/** A table as the check sees it: its name and its columns' names (the test reads them from Drizzle). */
export interface TableShape {
  name: string;
  columns: string[];
}

/**
 * Column names that look like personal data: names, contact details, birth and national id numbers, health,
 * free text, ciphertext, network addresses, tokens, and the user who did something (`*_by`, `actor_id`).
 */
export const PERSONAL_LOOKING =
  /name|e_?mail|phone|address|birth|f(o|ø)dsels|ssn|personnummer|national_id|note|description|comment|reason|message|title|body|bio|text|health|diagnos|_enc$|ciphertext|^ip$|token|_by$|^actor_id$|^user_id$|^contact_id$|^mentor_id$/;

/** Ciphertext columns follow a naming convention; the record's `encrypted` flag must agree with it. */
export const ENCRYPTED_COLUMN = /(_enc|_ciphertext)$/;

/** Every problem, one sentence each naming schema.table.column; empty when the record matches the tables. */
export function checkRecords(record: SubgraphRecords, tables: TableShape[]): string[] {
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.name, new Set(t.columns)]));
  const at = (table: string, column?: string) => `${record.schema}.${table}${column ? `.${column}` : ""}`;

  for (const [tableName, entry] of Object.entries(record.tables)) {
    const columns = byName.get(tableName);
    if (!columns) {
      problems.push(`${at(tableName)}: recorded, but the table no longer exists`);
      continue;
    }
    for (const [column, c] of Object.entries(entry.columns)) {
      if (!columns.has(column)) problems.push(`${at(tableName, column)}: recorded, but the column no longer exists`);
      else if (Boolean(c.encrypted) !== ENCRYPTED_COLUMN.test(column))
        problems.push(
          `${at(tableName, column)}: encrypted is ${Boolean(c.encrypted)}, but the column name says otherwise`,
        );
    }
  }
  for (const [key, reason] of Object.entries(record.notPersonal)) {
    const [tableName, column] = key.split(".");
    if (!byName.get(tableName!)?.has(column!))
      problems.push(`${at(tableName!, column)}: declared not personal, but the column no longer exists`);
    if (!reason.trim()) problems.push(`${at(tableName!, column)}: declared not personal without a reason`);
  }

  for (const table of tables) {
    const entry = record.tables[table.name];
    for (const column of table.columns) {
      if (entry?.columns[column]) continue;
      const declared = `${table.name}.${column}` in record.notPersonal;
      if (entry?.personal && !declared)
        problems.push(`${at(table.name, column)}: no entry (the table is marked personal)`);
      else if (PERSONAL_LOOKING.test(column) && !declared)
        problems.push(`${at(table.name, column)}: looks personal but has no entry`);
    }
  }
  return problems;
}
