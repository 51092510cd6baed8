import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type {
  Branding,
  BufdirThresholds,
  DuplicateDetection,
  Retention,
  ActivityRules,
  ExternalResource,
  ImpactMultiplier,
  SensitiveFieldRule,
  TermLabel,
} from "../../domain/settings.js";
import { organization } from "./pg-schema.js";

/** The tenants: national member organizations (NHF, Blindeforbundet, HLF, Barnekreftforeningen, ...). */
export const organizations = organization.table(
  "organizations",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    organizationNumber: text("organization_number"),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_short_name_lower_idx").on(sql`lower(${t.shortName})`),
    uniqueIndex("organizations_organization_number_idx").on(t.organizationNumber),
  ],
);

/**
 * One settings row per organization (issue #5 item 3). Each section is a jsonb document validated by
 * src/domain/settings.ts; null means the platform default. `version` grows by one with every change (the
 * history is in organization_settings_changes); the accounting integration has its own table.
 */
export const organizationSettings = organization.table("organization_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  maxMembershipsPerUser: integer("max_memberships_per_user").notNull().default(3),
  terminology: jsonb("terminology").$type<TermLabel[]>().notNull().default([]),
  /** Overrides of the platform defaults only (capability → enabled). */
  featureFlags: jsonb("feature_flags").$type<Record<string, boolean>>().notNull().default({}),
  branding: jsonb("branding").$type<Branding>(),
  externalResources: jsonb("external_resources").$type<ExternalResource[]>().notNull().default([]),
  sensitiveFieldPolicy: jsonb("sensitive_field_policy").$type<SensitiveFieldRule[]>().notNull().default([]),
  bufdirThresholds: jsonb("bufdir_thresholds").$type<BufdirThresholds>(),
  duplicateDetection: jsonb("duplicate_detection").$type<DuplicateDetection>(),
  impactMultipliers: jsonb("impact_multipliers").$type<ImpactMultiplier[]>().notNull().default([]),
  /** Null: DEFAULT_RETENTION (issue 24 item 5). */
  retention: jsonb("retention").$type<Retention>(),
  /** Null: DEFAULT_ACTIVITY_RULES (issue 20 item 3). */
  activityRules: jsonb("activity_rules").$type<ActivityRules>(),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  /** Null: the system (seed, creation). */
  updatedBy: uuid("updated_by"),
});

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type OrganizationSettingsRow = typeof organizationSettings.$inferSelect;
