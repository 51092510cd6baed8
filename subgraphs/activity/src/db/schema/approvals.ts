import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { activityStatus } from "./activities.js";
import { activity } from "./pg-schema.js";

/**
 * ActivityApproval: one row per review decision (audit_trail_on_status_change:
 * actor, time, previous and new status, optional notes). Append-only.
 */
export const activityApprovals = activity.table(
  "activity_approvals",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    previousStatus: activityStatus("previous_status").notNull(),
    newStatus: activityStatus("new_status").notNull(),
    decidedBy: uuid("decided_by").notNull(),
    reason: text("reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activity_approvals_activity_idx").on(t.activityId, t.decidedAt)],
);

export type ActivityApprovalRow = typeof activityApprovals.$inferSelect;
export type NewActivityApprovalRow = typeof activityApprovals.$inferInsert;
