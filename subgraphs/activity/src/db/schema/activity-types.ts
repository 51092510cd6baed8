import { boolean, index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

export const bufdirCategory = activity.enum("bufdir_category", [
  "outreach_in_person",
  "group",
  "course",
  "not_counted",
]);

/** The organization's catalog of activity types; activities store the type's `key`. */
export const activityTypes = activity.table(
  "activity_types",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    bufdirCategory: bufdirCategory("bufdir_category").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("activity_types_org_key_idx").on(t.organizationId, t.key),
    index("activity_types_org_active_idx").on(t.organizationId, t.isActive),
  ],
);

export type ActivityTypeRow = typeof activityTypes.$inferSelect;
export type NewActivityTypeRow = typeof activityTypes.$inferInsert;
