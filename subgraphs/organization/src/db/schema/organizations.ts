import { sql } from "drizzle-orm";
import { boolean, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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

/** One settings row per organization (a later issue adds terminology, branding, policies, thresholds). */
export const organizationSettings = organization.table("organization_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  maxMembershipsPerUser: integer("max_memberships_per_user").notNull().default(3),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type OrganizationSettingsRow = typeof organizationSettings.$inferSelect;
