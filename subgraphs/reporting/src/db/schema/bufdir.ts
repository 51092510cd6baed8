import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { reporting } from "./pg-schema.js";

/** Key of "no local association" in rollups (primary keys cannot hold null). */
export const NO_LOCAL_ASSOCIATION = "00000000-0000-0000-0000-000000000000";

/**
 * The Bufdir rollup: approved, countable activity-days per organization, local
 * association, activity type and Norwegian day, changed in the same
 * transaction as every fact change (never recomputed per request). Region and
 * organization totals add these rows up over the local association map.
 */
export const bufdirDayRollups = reporting.table(
  "bufdir_day_rollups",
  {
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    activityType: text("activity_type").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    activityDays: integer("activity_days").notNull().default(0),
    participants: integer("participants").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.day, t.localAssociationId, t.activityType] }),
    check("bufdir_day_rollups_non_negative", sql`${t.activityDays} >= 0 and ${t.participants} >= 0`),
  ],
);

/**
 * The same rollup per year (local association and activity type), kept in the
 * same transaction as the day rows: the draft report reads these (one row per
 * local association and type) instead of adding up days or facts per request.
 */
export const bufdirYearRollups = reporting.table(
  "bufdir_year_rollups",
  {
    organizationId: uuid("organization_id").notNull(),
    year: integer("year").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    activityType: text("activity_type").notNull(),
    activityDays: integer("activity_days").notNull().default(0),
    participants: integer("participants").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.year, t.localAssociationId, t.activityType] }),
    check("bufdir_year_rollups_non_negative", sql`${t.activityDays} >= 0 and ${t.participants} >= 0`),
  ],
);

/** The organization's activity-days per month (`month` = its first day), kept with the rollups: the report's months. */
export const bufdirMonthTotals = reporting.table(
  "bufdir_month_totals",
  {
    organizationId: uuid("organization_id").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    activityDays: integer("activity_days").notNull().default(0),
    participants: integer("participants").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.month] }),
    check("bufdir_month_totals_non_negative", sql`${t.activityDays} >= 0 and ${t.participants} >= 0`),
  ],
);

/**
 * The mentors behind each organization's counted activity-days per year (approved
 * and countable), kept with the rollups, and whether each counts for Bufdir that
 * year (`eligible`: active, with a basic course valid in the year; recomputed by
 * the consumers whenever the mentor's status or certifications change or the row
 * appears, from every organization's certifications). The report's active
 * mentors are the eligible rows: a few thousand, never the facts.
 */
export const bufdirMentorYears = reporting.table(
  "bufdir_mentor_years",
  {
    organizationId: uuid("organization_id").notNull(),
    year: integer("year").notNull(),
    userId: uuid("user_id").notNull(),
    activityDays: integer("activity_days").notNull().default(0),
    eligible: boolean("eligible").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.year, t.userId] }),
    index("bufdir_mentor_years_user_idx").on(t.userId),
    check("bufdir_mentor_years_non_negative", sql`${t.activityDays} >= 0`),
  ],
);

/** Local associations and their region, from organization's events. */
export const localAssociations = reporting.table(
  "local_associations",
  {
    localAssociationId: uuid("local_association_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    regionId: uuid("region_id"),
    name: text("name").notNull(),
  },
  (t) => [index("local_associations_org_idx").on(t.organizationId)],
);

/** A peer mentor's status as identity last reported it (`identity.peer_mentor.status_changed`). */
export const mentorStatuses = reporting.table("mentor_statuses", {
  userId: uuid("user_id").primaryKey(),
  status: text("status").notNull(),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
});

/** Certifications as engagement last reported them (`engagement.certification.*`). */
export const mentorCertifications = reporting.table(
  "mentor_certifications",
  {
    certificationId: uuid("certification_id").primaryKey(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    certificationTypeKey: text("certification_type_key").notNull(),
    /** The type's name (events since issue 21 carry it); null: not known, Wrapped shows the key made readable. */
    certificationTypeName: text("certification_type_name"),
    basicCourse: boolean("basic_course").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }),
    status: text("status").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("mentor_certifications_user_idx").on(t.userId)],
);

/**
 * A submitted Bufdir report: frozen (the database refuses updates and
 * deletes), versioned per organization and year; a correction is a new version.
 */
export const bufdirReports = reporting.table(
  "bufdir_reports",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    submittedBy: uuid("submitted_by").notNull(),
    content: jsonb("content").notNull(),
  },
  (t) => [unique("bufdir_reports_version_unique").on(t.organizationId, t.year, t.version)],
);

/** The activities behind a submitted version (the auditor's evidence), frozen with it. */
export const bufdirReportEvidence = reporting.table(
  "bufdir_report_evidence",
  {
    reportId: uuid("report_id").notNull(),
    activityId: uuid("activity_id").notNull(),
    userId: uuid("user_id").notNull(),
    localAssociationId: uuid("local_association_id"),
    regionId: uuid("region_id"),
    activityType: text("activity_type").notNull(),
    activityDay: date("activity_day", { mode: "string" }).notNull(),
    activityDays: integer("activity_days").notNull(),
    participants: integer("participants"),
    /** The local association's and region's names when the version was frozen (null: frozen before they were kept, or not known). */
    localAssociationName: text("local_association_name"),
    regionName: text("region_name"),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.activityId] })],
);

export const auditLog = reporting.table(
  "audit_log",
  {
    /** The organization whose chain the entry is in (GLOBAL_CHAIN for entries of no organization). */
    chainId: uuid("chain_id").notNull(),
    seq: integer("seq").notNull(),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** Kept as the event's own ISO text, so the hash input never changes by a round trip. */
    occurredAt: text("occurred_at").notNull(),
    action: text("action").notNull(),
    /** Null: nobody was signed in (a failed sign-in, a reused refresh token). */
    actorId: uuid("actor_id"),
    actorRole: text("actor_role").notNull(),
    organizationId: uuid("organization_id"),
    /** What the entry is about, by type and id (null for entries before subjects were recorded, or about nothing in particular). */
    subjectType: text("subject_type"),
    subjectId: uuid("subject_id"),
    operationName: text("operation_name"),
    fields: jsonb("fields").$type<string[]>().notNull(),
    requestId: text("request_id").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.chainId, t.seq] }),
    unique("audit_log_event_unique").on(t.eventId),
    // auditLog: newest first within a chain (or across chains), by actor, by subject.
    index("audit_log_recorded_idx").on(t.chainId, t.recordedAt),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_subject_idx").on(t.subjectId),
  ],
);

/** The last entry of each chain: a deleted tail is detected against it. */
export const auditChainHeads = reporting.table("audit_chain_heads", {
  chainId: uuid("chain_id").primaryKey(),
  seq: integer("seq").notNull(),
  hash: text("hash").notNull(),
});

/** An organization's Bufdir thresholds, from `organization.settings.changed` (section bufdir_thresholds); defaults until set. */
export const organizationBufdirThresholds = reporting.table("organization_bufdir_thresholds", {
  organizationId: uuid("organization_id").primaryKey(),
  /** The organization's settings version that set them (an older event changes nothing). */
  settingsVersion: integer("settings_version").notNull(),
  groupMinParticipants: integer("group_min_participants").notNull(),
  groupMinMinutes: integer("group_min_minutes").notNull(),
  courseMinMinutesPerDay: integer("course_min_minutes_per_day").notNull(),
});
