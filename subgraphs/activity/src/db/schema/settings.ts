import { date, integer, jsonb, timestamp, uuid } from "drizzle-orm/pg-core";
import type { SensitiveRule } from "../../domain/sensitive-policy.js";
import { activity } from "./pg-schema.js";

/**
 * Projection of the organization settings activity needs (duplicate window,
 * Bufdir thresholds, sensitive-field policy). An organization without a row uses DEFAULT_SETTINGS.
 */
export const organizationSettings = activity.table("organization_settings", {
  organizationId: uuid("organization_id").primaryKey(),
  duplicateWindowMinutes: integer("duplicate_window_minutes").notNull(),
  groupMinParticipants: integer("group_min_participants").notNull(),
  groupMinMinutes: integer("group_min_minutes").notNull(),
  courseMinMinutesPerDay: integer("course_min_minutes_per_day").notNull(),
  /** The organization's sensitive-field rules as organization published them (empty: the defaults). */
  sensitiveFieldPolicy: jsonb("sensitive_field_policy").$type<SensitiveRule[]>().notNull().default([]),
  activityDateFloor: date("activity_date_floor", { mode: "string" }).notNull().default("2000-01-01"),
  /** retention (issue 24 item 5): whole years an inactive contact is kept before being proposed for erasure. */
  contactRetentionYears: integer("contact_retention_years").notNull().default(5),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
