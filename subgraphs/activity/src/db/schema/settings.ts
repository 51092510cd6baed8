import { date, integer, timestamp, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

/**
 * Projection of the organization settings activity needs (duplicate window,
 * Bufdir thresholds). An organization without a row uses DEFAULT_SETTINGS.
 */
export const organizationSettings = activity.table("organization_settings", {
  organizationId: uuid("organization_id").primaryKey(),
  duplicateWindowMinutes: integer("duplicate_window_minutes").notNull(),
  groupMinParticipants: integer("group_min_participants").notNull(),
  groupMinMinutes: integer("group_min_minutes").notNull(),
  courseMinMinutesPerDay: integer("course_min_minutes_per_day").notNull(),
  activityDateFloor: date("activity_date_floor", { mode: "string" }).notNull().default("2000-01-01"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
