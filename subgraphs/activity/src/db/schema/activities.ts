import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ACTIVITY_STATUSES } from "../../domain/workflow.js";
import { contacts } from "./contacts.js";
import { activity } from "./pg-schema.js";

export const activityStatus = activity.enum("activity_status", ACTIVITY_STATUSES);

/**
 * Seed 002: the 24 attributes and the 13 indexes, named as in the seed.
 * No foreign key points at this table (a later issue partitions it by date,
 * which needs the partition key in every unique constraint).
 */
export const activities = activity.table(
  "activities",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id").notNull(),
    contactId: uuid("contact_id").references(() => contacts.id),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id"),
    activityType: text("activity_type").notNull(),
    title: text("title"),
    description: text("description"),
    activityDate: timestamp("activity_date", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    location: text("location"),
    status: activityStatus("status").notNull(),
    isProxyRegistration: boolean("is_proxy_registration").notNull().default(false),
    proxySubmittedBy: uuid("proxy_submitted_by"),
    isBulkRegistration: boolean("is_bulk_registration").notNull().default(false),
    bulkBatchId: uuid("bulk_batch_id"),
    eventId: uuid("event_id"),
    participantCount: integer("participant_count").default(1),
    hasReimbursement: boolean("has_reimbursement").notNull().default(false),
    calendarEventId: text("calendar_event_id"),
    metadata: jsonb("metadata"),
    syncedAt: timestamp("synced_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_activities_user_id").on(t.userId),
    index("idx_activities_contact_id").on(t.contactId),
    index("idx_activities_organization_id").on(t.organizationId),
    index("idx_activities_activity_date").on(t.activityDate),
    index("idx_activities_status").on(t.status),
    index("idx_activities_org_date").on(t.organizationId, t.activityDate),
    index("idx_activities_org_status").on(t.organizationId, t.status),
    index("idx_activities_user_date").on(t.userId, t.activityDate),
    index("idx_activities_created_at").on(t.createdAt),
    index("idx_activities_local_association").on(t.localAssociationId),
    index("idx_activities_activity_type").on(t.activityType),
    index("idx_activities_bulk_batch").on(t.bulkBatchId),
    index("idx_activities_duplicate_detection").on(t.contactId, t.activityDate, t.activityType),
    // Defence in depth behind the domain rules of the same names.
    check("activities_duration_range", sql`${t.durationMinutes} between 1 and 1440`),
    check("activities_participant_count_positive", sql`${t.participantCount} is null or ${t.participantCount} >= 1`),
    check(
      "activities_proxy_fields_consistency",
      sql`(${t.isProxyRegistration} and ${t.proxySubmittedBy} is not null) or (not ${t.isProxyRegistration} and ${t.proxySubmittedBy} is null)`,
    ),
    check(
      "activities_bulk_fields_consistency",
      sql`(${t.isBulkRegistration} and ${t.bulkBatchId} is not null) or (not ${t.isBulkRegistration} and ${t.bulkBatchId} is null)`,
    ),
  ],
);

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;
