/**
 * The feature flag projection every subgraph that serves a flagged capability keeps (issue 18 item 3): one row per
 * organization with every capability's effective value, from organization's `organization.settings.changed`
 * (section `feature_flags`). @meander/subgraph-kit registers the consumer and enforces the flags.
 */
import { sql } from "drizzle-orm";
import { integer, jsonb, timestamp, uuid, type PgSchema } from "drizzle-orm/pg-core";
import { queryRows, type Executor } from "@meander/db";
import type { ConsumerHandlers } from "./consumer.js";
import { effectiveFlags, type FeatureFlag } from "./features.js";

/** The projection table, in the subgraph's own pg schema (`feature_flags`); drizzle-kit generates its migration. */
export function featureFlagsTable(schema: PgSchema) {
  return schema.table("feature_flags", {
    organizationId: uuid("organization_id").primaryKey(),
    /** Every capability's effective value, as the last event carried it. */
    flags: jsonb("flags").$type<Record<string, boolean>>().notNull(),
    /** The organization's settings version of that event: an older event never overwrites a newer one. */
    settingsVersion: integer("settings_version").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  });
}
export type FeatureFlagsTable = ReturnType<typeof featureFlagsTable>;

/** The consumer that keeps the projection (register it as the subgraph's `features` consumer; the kit does). */
export function featureFlagHandlers(table: FeatureFlagsTable): ConsumerHandlers {
  return {
    "organization.settings.changed": async (event, tx) => {
      const p = event.payload;
      if (p.section !== "feature_flags") return;
      const row = {
        organizationId: p.organizationId,
        flags: p.values.flags,
        settingsVersion: p.version,
        updatedAt: new Date(event.occurredAt),
      };
      await tx
        .insert(table)
        .values(row)
        .onConflictDoUpdate({
          target: table.organizationId,
          set: { flags: row.flags, settingsVersion: row.settingsVersion, updatedAt: row.updatedAt },
          setWhere: sql`${table.settingsVersion} < excluded.settings_version`,
        });
    },
  };
}

/** An organization's effective flags: the projection's row over the platform defaults (no row: the defaults). */
export async function readFeatureFlags(
  db: Executor,
  table: FeatureFlagsTable,
  organizationId: string,
): Promise<Record<FeatureFlag, boolean>> {
  const [row] = await queryRows<{ flags: Record<string, boolean> }>(
    db,
    sql`select ${table.flags} as flags from ${table} where ${table.organizationId} = ${organizationId}`,
  );
  return effectiveFlags(row?.flags);
}
