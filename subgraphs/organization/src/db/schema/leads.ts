import { sql } from "drizzle-orm";
import { index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { LEAD_SOURCES, LEAD_STATUSES, ORGANIZATION_SIZES } from "../../domain/lead.js";
import { organization } from "./pg-schema.js";

export const leadStatus = organization.enum("lead_status", LEAD_STATUSES);
export const leadSource = organization.enum("lead_source", LEAD_SOURCES);
export const leadOrganizationSize = organization.enum("lead_organization_size", ORGANIZATION_SIZES);

/**
 * Seed 004: a prospective organization that booked a demo. Not a tenant's
 * data: leads belong to the platform operator's sales team (global
 * administrators). One row per e-mail address (compared case-insensitively);
 * repeat bookings update it and count in booking_count. masked_ref is set on
 * insert and never updated (a trigger refuses it, see the lead_guards migration).
 */
export const leads = organization.table(
  "leads",
  {
    id: uuid("id").primaryKey(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    organizationName: text("organization_name").notNull(),
    roleTitle: text("role_title").notNull(),
    organizationSize: leadOrganizationSize("organization_size"),
    currentSolution: text("current_solution"),
    preferredDemoTiming: text("preferred_demo_timing"),
    notes: text("notes"),
    status: leadStatus("status").notNull().default("new"),
    source: leadSource("source").notNull(),
    maskedRef: text("masked_ref").notNull(),
    ipAddress: text("ip_address"),
    confirmationSentAt: timestamp("confirmation_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    bookingCount: integer("booking_count").notNull().default(1),
  },
  (t) => [
    uniqueIndex("idx_lead_email").on(sql`lower(${t.email})`),
    uniqueIndex("idx_lead_masked_ref").on(t.maskedRef),
    index("idx_lead_status").on(t.status),
    index("idx_lead_created_at").on(t.createdAt),
    index("idx_lead_organization_name").on(t.organizationName),
  ],
);

/** Every submission of the demo booking form, linked to its lead (the lead keeps only the latest details). */
export const demoBookings = organization.table(
  "demo_bookings",
  {
    id: uuid("id").primaryKey(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    preferredDemoTiming: text("preferred_demo_timing"),
    notes: text("notes"),
    ipAddress: text("ip_address"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("demo_bookings_lead_idx").on(t.leadId, t.createdAt)],
);

/**
 * The confirmation mail of each booking and its delivery attempts: the mail
 * consumer records a row (from organization.demo_booking.created), the mail
 * worker sends due rows and backs off on failure. next_attempt_at null: sent
 * or given up.
 */
export const mailDeliveries = organization.table(
  "mail_deliveries",
  {
    id: uuid("id").primaryKey(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    demoBookingId: uuid("demo_booking_id")
      .notNull()
      .references(() => demoBookings.id),
    kind: text("kind").notNull().default("demo_booking_confirmation"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("mail_deliveries_booking_idx").on(t.demoBookingId),
    index("mail_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

export type LeadRow = typeof leads.$inferSelect;
export type NewLeadRow = typeof leads.$inferInsert;
export type DemoBookingRow = typeof demoBookings.$inferSelect;
export type MailDeliveryRow = typeof mailDeliveries.$inferSelect;
