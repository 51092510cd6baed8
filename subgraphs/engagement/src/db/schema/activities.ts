import { boolean, index, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

/**
 * Projection of activity's activities, fed only by its events: whose activity
 * it is and whether it has been approved. Counts approved activities per user
 * for the activity badges. A row may arrive approved before it is registered
 * (user_id still unknown); the registration fills it in.
 */
export const activityProjection = engagement.table(
  "activity_projection",
  {
    activityId: uuid("activity_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id"),
    localAssociationId: uuid("local_association_id"),
    approved: boolean("approved").notNull().default(false),
    rejected: boolean("rejected").notNull().default(false),
    /** When the activity took place (from its registration); null until it is known. */
    activityDate: timestamp("activity_date", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId] }),
    index("activity_projection_user_idx").on(t.organizationId, t.userId),
  ],
);

export type ActivityProjectionRow = typeof activityProjection.$inferSelect;
