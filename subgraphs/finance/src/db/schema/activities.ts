import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * Projection of activity's activities, fed only by `activity.activity.registered`:
 * which activities exist, in which organization, and whose they are. An expense
 * may only be claimed against an activity found here.
 */
export const activityProjection = finance.table(
  "activity_projection",
  {
    activityId: uuid("activity_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id"),
    userId: uuid("user_id").notNull(),
    activityType: text("activity_type").notNull(),
    activityDate: timestamp("activity_date", { withTimezone: true }).notNull(),
  },
  (t) => [index("activity_projection_org_idx").on(t.organizationId), index("activity_projection_user_idx").on(t.userId)],
);

export type ActivityProjectionRow = typeof activityProjection.$inferSelect;
export type NewActivityProjectionRow = typeof activityProjection.$inferInsert;
