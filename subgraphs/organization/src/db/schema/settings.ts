import { boolean, index, integer, jsonb, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AccountMapping } from "@meander/validation";
import { organizations } from "./organizations.js";
import { organization } from "./pg-schema.js";

/**
 * Every settings change, for the auditor: the section's new non-secret values (what the
 * `organization.settings.changed` event carried), who changed it and when, by settings version.
 */
export const organizationSettingsChanges = organization.table(
  "organization_settings_changes",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    version: integer("version").notNull(),
    section: text("section").notNull(),
    values: jsonb("values").$type<Record<string, unknown>>().notNull(),
    changedBy: uuid("changed_by"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_settings_changes_org_idx").on(t.organizationId, t.version, t.id)],
);

/**
 * An organization's integrations with outside systems, one per kind (for now `accounting`). The credentials are
 * one AES-256-GCM ciphertext (@meander/crypto, bound to this organization and row); never returned by the API.
 */
export const organizationIntegrations = organization.table(
  "organization_integrations",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    kind: text("kind").notNull(),
    system: text("system").notNull(),
    enabled: boolean("enabled").notNull().default(false),
    /** The company in the accounting system: Xledger's entity code (GL02b column Entity), Dynamics' legal entity. */
    entityCode: text("entity_code"),
    accountMapping: jsonb("account_mapping").$type<AccountMapping[]>().notNull().default([]),
    credentialsCiphertext: text("credentials_ciphertext"),
    credentialsSetAt: timestamp("credentials_set_at", { withTimezone: true }),
    credentialsSetBy: uuid("credentials_set_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind] })],
);

export type SettingsChangeRow = typeof organizationSettingsChanges.$inferSelect;
export type IntegrationRow = typeof organizationIntegrations.$inferSelect;

/** The wrapped data key per organization (@meander/crypto's envelope encryption; master keys come from config). */
export const organizationDataKeys = organization.table("organization_data_keys", {
  organizationId: uuid("organization_id").primaryKey(),
  wrappedKey: text("wrapped_key").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  rotatedAt: timestamp("rotated_at", { withTimezone: true }),
});
