/**
 * The organization's own words (terminology labels), projected by every subgraph that writes texts people read
 * (reporting's exports, engagement's notifications): one row per organization from `organization.settings.changed`
 * (section `terminology`); the newest settings version wins. The labels go to @meander/messages' `t()` as they are.
 */
import { sql } from "drizzle-orm";
import { integer, jsonb, uuid, type PgSchema } from "drizzle-orm/pg-core";
import { queryRows, type Executor } from "@meander/db";
import type { ConsumerHandlers } from "./consumer.js";

/** One label per term key and language, as the settings event carries them. */
export type TerminologyLabelRows = Array<{ key: string; language: string; label: string }>;

/** The projection table (`organization_terminology`) in the subgraph's own pg schema; drizzle-kit generates its migration. */
export function terminologyTable(schema: PgSchema) {
  return schema.table("organization_terminology", {
    organizationId: uuid("organization_id").primaryKey(),
    settingsVersion: integer("settings_version").notNull(),
    labels: jsonb("labels").$type<TerminologyLabelRows>().notNull(),
  });
}
export type TerminologyTable = ReturnType<typeof terminologyTable>;

/** Saves an organization's labels unless a newer settings version is stored already. */
export async function saveTerminology(
  db: Executor,
  table: TerminologyTable,
  row: { organizationId: string; settingsVersion: number; labels: TerminologyLabelRows },
): Promise<void> {
  await db
    .insert(table)
    .values(row)
    .onConflictDoUpdate({
      target: table.organizationId,
      set: { settingsVersion: row.settingsVersion, labels: row.labels },
      setWhere: sql`${table.settingsVersion} < ${row.settingsVersion}`,
    });
}

/** The consumer handler that keeps the projection (add it to a consumer of the subgraph). */
export function terminologyHandlers(table: TerminologyTable): ConsumerHandlers {
  return {
    "organization.settings.changed": async (event, tx) => {
      const p = event.payload;
      if (p.section !== "terminology") return;
      await saveTerminology(tx, table, {
        organizationId: p.organizationId,
        settingsVersion: p.version,
        labels: p.values.labels,
      });
    },
  };
}

/** An organization's labels (none set: an empty list, the catalog's words apply). */
export async function readTerminology(
  db: Executor,
  table: TerminologyTable,
  organizationId: string,
): Promise<TerminologyLabelRows> {
  const [row] = await queryRows<{ labels: TerminologyLabelRows }>(
    db,
    sql`select ${table.labels} as labels from ${table} where ${table.organizationId} = ${organizationId}`,
  );
  return row?.labels ?? [];
}
