import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * Projection of activity's activities, fed only by its events
 * (`activity.activity.registered`, `activity.activity.approved`): which
 * activities exist, in which organization, whose they are and whether they are
 * approved. An expense may only be claimed against an activity found here.
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
    /** When the activity was approved (null until then); reimbursements later build on approved activities. */
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** The contact the activity was with. */
    contactId: uuid("contact_id"),
    /**
     * The assignment the approved activity is linked to (same mentor and contact, from `activity.activity.approved`):
     * what counts toward honorarium tiers (seed 002, assignment_threshold_counting). Null: not linked, does not count.
     */
    assignmentId: uuid("assignment_id"),
  },
  (t) => [
    index("activity_projection_org_idx").on(t.organizationId),
    index("activity_projection_user_idx").on(t.userId),
  ],
);

export type ActivityProjectionRow = typeof activityProjection.$inferSelect;
export type NewActivityProjectionRow = typeof activityProjection.$inferInsert;
