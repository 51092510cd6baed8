import { boolean, date, index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { reporting } from "./pg-schema.js";

/**
 * One row per activity, fed only by activity's events (`activity.activity.*`):
 * the facts reports count. `status` is activity's lower-case status as last
 * reported; `status_changed_at` is when the event that set it occurred, so an
 * older decision never overwrites a newer one.
 */
export const activityFacts = reporting.table(
  "activity_facts",
  {
    activityId: uuid("activity_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id"),
    userId: uuid("user_id").notNull(),
    activityType: text("activity_type").notNull(),
    /** The Europe/Oslo calendar day of the activity's activity_date. */
    activityDay: date("activity_day", { mode: "string" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** Norwegian calendar days the activity covers (its activity-days; a multi-day course gives several). */
    dayCount: integer("day_count").notNull().default(1),
    /** Bufdir countability when registered (domain/bufdir.ts#classifyActivity) and, when not, why. */
    countable: boolean("countable").notNull().default(false),
    notCountableReason: text("not_countable_reason"),
    /** Participants of a group (null when activity did not report them). */
    participants: integer("participants"),
    /** The contact (optional on `activity.activity.registered`): Wrapped's contacts reached. */
    contactId: uuid("contact_id"),
    status: text("status").notNull(),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_facts_org_day_idx").on(t.organizationId, t.activityDay),
    index("activity_facts_org_la_idx").on(t.organizationId, t.localAssociationId),
    index("activity_facts_user_day_idx").on(t.userId, t.activityDay),
  ],
);

/**
 * An approval or rejection that arrived before the activity's registration
 * (out of order). Applied, then deleted, when the registration arrives.
 */
export const pendingActivityDecisions = reporting.table("pending_activity_decisions", {
  activityId: uuid("activity_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
  status: text("status").notNull(),
  decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ActivityFactRow = typeof activityFacts.$inferSelect;
export type NewActivityFactRow = typeof activityFacts.$inferInsert;
export type PendingDecisionRow = typeof pendingActivityDecisions.$inferSelect;
