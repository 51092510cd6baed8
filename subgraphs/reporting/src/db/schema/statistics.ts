import { date, index, integer, jsonb, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { WrappedActivityType, WrappedBadge, WrappedCertification } from "../../domain/wrapped.js";
import { reporting } from "./pg-schema.js";

/**
 * Expense claims as finance reports them (`finance.expense.submitted|approved|rejected`):
 * one row per expense, the status of the newest event by occurredAt. Feeds the
 * organization KPIs' expense totals.
 */
export const expenseFacts = reporting.table(
  "expense_facts",
  {
    expenseId: uuid("expense_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    activityId: uuid("activity_id").notNull(),
    amountOre: integer("amount_ore").notNull(),
    /** submitted, approved or rejected. */
    status: text("status").notNull(),
    /** The Norwegian day the claim was submitted (the first event's day until the submission arrives). */
    submittedDay: date("submitted_day", { mode: "string" }).notNull(),
    statusAt: timestamp("status_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("expense_facts_org_day_idx").on(t.organizationId, t.submittedDay)],
);

/** Payouts (`finance.reimbursement.paid`). */
export const reimbursementPayouts = reporting.table(
  "reimbursement_payouts",
  {
    reimbursementId: uuid("reimbursement_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    totalOre: integer("total_ore").notNull(),
    paidDay: date("paid_day", { mode: "string" }).notNull(),
  },
  (t) => [index("reimbursement_payouts_org_day_idx").on(t.organizationId, t.paidDay)],
);

/** Badges awarded (`engagement.badge.awarded`), for Wrapped. */
export const mentorBadges = reporting.table(
  "mentor_badges",
  {
    userBadgeId: uuid("user_badge_id").primaryKey(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    badgeKey: text("badge_key").notNull(),
    /** The badge's name in its organization's catalog when awarded (null: an event from before names were sent). */
    badgeName: text("badge_name"),
    awardedDay: date("awarded_day", { mode: "string" }).notNull(),
  },
  (t) => [index("mentor_badges_user_idx").on(t.userId, t.awardedDay)],
);

/**
 * Gatherings a mentor attended (`activity.gathering.attendance_recorded`), for Wrapped's
 * eventsAttended: one row per gathering and attendee; a later recording that marks the
 * mentor absent removes it. The day is when the attendance was recorded (Norwegian day).
 */
export const gatheringAttendance = reporting.table(
  "gathering_attendance",
  {
    gatheringId: uuid("gathering_id").notNull(),
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    attendedDay: date("attended_day", { mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.gatheringId, t.userId] }),
    index("gathering_attendance_user_idx").on(t.userId, t.attendedDay),
  ],
);

/**
 * A team report (seed 001 `report`): a coordinator's or administrator's snapshot of a
 * local association's activity over a period, kept as generated (content is the
 * TeamStatistics at that time).
 */
export const teamReports = reporting.table(
  "team_reports",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    generatedBy: uuid("generated_by").notNull(),
    generatedAt: timestamp("generated_at", { withTimezone: true }).notNull(),
    content: jsonb("content").notNull(),
  },
  (t) => [index("team_reports_org_la_idx").on(t.organizationId, t.localAssociationId)],
);

/** Wrapped (seed 001 `annual_summary`): one row per mentor and year, written by the batch job. */
export const annualSummaries = reporting.table(
  "annual_summaries",
  {
    userId: uuid("user_id").notNull(),
    year: integer("year").notNull(),
    activities: integer("activities").notNull(),
    minutes: integer("minutes").notNull(),
    contactsReached: integer("contacts_reached").notNull(),
    eventsAttended: integer("events_attended").notNull().default(0),
    /** The year's badges in award order: key and the organization's name for it (migration 0015 turned keys into these). */
    badges: jsonb("badges").$type<WrappedBadge[]>().notNull(),
    /** 1-12; null when the year had no activity. */
    busiestMonth: integer("busiest_month"),
    busiestMonthActivities: integer("busiest_month_activities").notNull(),
    /** Approved activities per month, January first. */
    byMonth: jsonb("by_month").$type<number[]>().notNull(),
    /** Certifications held in the year (valid on a day of it, not revoked), by type: key and name (issue 21). */
    certifications: jsonb("certifications").$type<WrappedCertification[]>().notNull().default([]),
    /** The most done activity types of the year (at most 3), by key; named when read (terminology applies). */
    topActivityTypes: jsonb("top_activity_types").$type<WrappedActivityType[]>().notNull().default([]),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.year] })],
);
