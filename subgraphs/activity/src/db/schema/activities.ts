import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ACTIVITY_STATUSES } from "../../domain/workflow.js";
import { contacts } from "./contacts.js";
import { activity } from "./pg-schema.js";

export const activityStatus = activity.enum("activity_status", ACTIVITY_STATUSES);

/**
 * Seed 002: the 24 attributes and the 13 indexes, named as in the seed.
 * Partitioned by range on `activity_date` (migration 0002, hand-written: drizzle
 * cannot say PARTITION BY), so the primary key is (id, activity_date) and no
 * foreign key points at this table; lookups by id go through `activity_keys`.
 */
export const activities = activity.table(
  "activities",
  {
    id: uuid("id").notNull(),
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
    /** duplicate_detection: the earlier activity this one may duplicate (flagged for review, never refused). */
    suspectedDuplicateOf: uuid("suspected_duplicate_of"),
    /** resolveDuplicate (issue 20): a reviewer's decision on the suspicion, not_duplicate or duplicate; null while undecided. */
    duplicateDecision: text("duplicate_decision"),
    /** Bufdir countability, decided at registration (DESIGN.md section 9): counts or not, and why. */
    bufdirCountable: boolean("bufdir_countable").notNull().default(false),
    bufdirReason: text("bufdir_reason").notNull().default("unclassified"),
    /** ISO 3166-1 alpha-2 of the location; Norway unless given (DESIGN.md section 9: "in Norway"). */
    country: text("country").notNull().default("NO"),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.activityDate] }),
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
    check(
      "activities_duplicate_decision",
      sql`${t.duplicateDecision} is null or ${t.duplicateDecision} in ('not_duplicate', 'duplicate')`,
    ),
  ],
);

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;

/**
 * The unpartitioned key table: id -> activity_date (lookups by id, `_entities`,
 * prune to one partition) and the offline client id -> id (idempotent sync)
 * without probing every partition. Written in the same statement batch as the activity.
 */
export const activityKeys = activity.table(
  "activity_keys",
  {
    id: uuid("id").primaryKey(),
    activityDate: timestamp("activity_date", { withTimezone: true }).notNull(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    /** The id the offline client gave the activity (offline_sync_conflict_resolution). */
    clientId: text("client_id"),
  },
  (t) => [uniqueIndex("activity_keys_org_client_idx").on(t.organizationId, t.clientId)],
);

/**
 * audit_trail_on_status_change: one row per status change (registration included):
 * actor, time, previous and new status, note. Append-only.
 */
export const activityStatusChanges = activity.table(
  "activity_status_changes",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    actorId: uuid("actor_id").notNull(),
    previousStatus: activityStatus("previous_status"),
    newStatus: activityStatus("new_status").notNull(),
    note: text("note"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activity_status_changes_activity_idx").on(t.activityId, t.changedAt)],
);

export type ActivityKeyRow = typeof activityKeys.$inferSelect;
export type ActivityStatusChangeRow = typeof activityStatusChanges.$inferSelect;
