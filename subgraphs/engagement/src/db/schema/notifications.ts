import {
  boolean,
  index,
  integer,
  jsonb,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { terminologyTable } from "@meander/events";
import { engagement } from "./pg-schema.js";

/** What a notification is about; preferences are per category. */
export const notificationCategory = engagement.enum("notification_category", [
  "no_contact",
  "certification_expiring",
  "approval_pending",
  "waitlist_promoted",
  "certification_status",
  "annual_summary",
  "course_cancelled",
  "reimbursement_paid",
  "badge_awarded",
  "invitation_refused",
]);
export const deliveryChannel = engagement.enum("delivery_channel", ["in_app", "push", "email", "sms"]);
/** skipped: never sent and never will be (e.g. SMS for a user without a phone number; last_error says why). */
export const deliveryStatus = engagement.enum("delivery_status", ["queued", "sent", "delivered", "failed", "skipped"]);

/** A notification to a user: the in-app inbox shows these; read_at marks it read. */
export const notifications = engagement.table(
  "notifications",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    category: notificationCategory("category").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** What it is about (ids the client can open). */
    data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.organizationId, t.userId, t.createdAt)],
);

/**
 * One delivery of a notification over one external channel (push, email, sms):
 * the delivery outbox. The sender picks due rows, retries failures with
 * backoff and gives up after the last attempt (status failed).
 */
export const notificationDeliveries = engagement.table(
  "notification_deliveries",
  {
    id: uuid("id").primaryKey(),
    notificationId: uuid("notification_id")
      .notNull()
      .references(() => notifications.id),
    channel: deliveryChannel("channel").notNull(),
    status: deliveryStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The W3C `traceparent` of whatever queued it (the event's consumer span, tracing on): the send joins that trace. */
    traceparent: text("traceparent"),
  },
  (t) => [
    uniqueIndex("notification_deliveries_channel_idx").on(t.notificationId, t.channel),
    index("notification_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** A user's choice per category: on or off, and over which external channels (the in-app inbox always). */
export const notificationPreferences = engagement.table(
  "notification_preferences",
  {
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    category: notificationCategory("category").notNull(),
    enabled: boolean("enabled").notNull(),
    channels: deliveryChannel("channels").array().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.category] })],
);

/** A user's quiet hours (Norwegian time, minutes after midnight; from > until spans midnight). */
export const quietHours = engagement.table(
  "quiet_hours",
  {
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    fromMinute: smallint("from_minute").notNull(),
    untilMinute: smallint("until_minute").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);

export const reminderScenario = engagement.enum("reminder_scenario", [
  "no_contact",
  "certification_expiring_30",
  "certification_expiring_7",
  "approval_pending",
]);

/** An organization's reminder scenarios: on or off (default on when no row). */
export const reminderSettings = engagement.table(
  "reminder_settings",
  {
    organizationId: uuid("organization_id").notNull(),
    scenario: reminderScenario("scenario").notNull(),
    enabled: boolean("enabled").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.scenario] })],
);

/**
 * A reminder the engine decided to send: unique per scenario, user, subject
 * and period, so a second run (or a concurrent one) never sends it twice.
 */
export const reminders = engagement.table(
  "reminders",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    scenario: reminderScenario("scenario").notNull(),
    subjectId: uuid("subject_id").notNull(),
    period: text("period").notNull(),
    notificationId: uuid("notification_id").references(() => notifications.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reminders_key_idx").on(t.scenario, t.userId, t.subjectId, t.period)],
);

/** Mentor and contact pairs learnt from activity events, with the last contact. */
export const mentorContacts = engagement.table(
  "mentor_contacts",
  {
    organizationId: uuid("organization_id").notNull(),
    mentorId: uuid("mentor_id").notNull(),
    contactId: uuid("contact_id").notNull(),
    lastContactAt: timestamp("last_contact_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.mentorId, t.contactId] })],
);

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationCategory = (typeof notificationCategory.enumValues)[number];
export type DeliveryChannel = (typeof deliveryChannel.enumValues)[number];
export type DeliveryRow = typeof notificationDeliveries.$inferSelect;
export type ReminderScenario = (typeof reminderScenario.enumValues)[number];

/** Coordinators per local association, learnt from organization's membership events (who approves activities there). */
export const coordinatorMemberships = engagement.table(
  "coordinator_memberships",
  {
    membershipId: uuid("membership_id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    userId: uuid("user_id").notNull(),
  },
  (t) => [index("coordinator_memberships_la_idx").on(t.organizationId, t.localAssociationId)],
);

/**
 * What engagement knows of a person from identity's events (user.registered, user.language_changed): where e-mail
 * and SMS notifications go, the name an inviter reads, and the language every text is written in (null: bokmål).
 */
export const userAddresses = engagement.table("user_addresses", {
  userId: uuid("user_id").primaryKey(),
  email: text("email"),
  phone: text("phone"),
  displayName: text("display_name"),
  language: text("language"),
});

/** Local associations by name (organization.local_association.created): texts name them, never by id. */
export const localAssociationNames = engagement.table("local_association_names", {
  localAssociationId: uuid("local_association_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
  name: text("name").notNull(),
});

/** The organization's own words (organization.settings.changed, terminology; @meander/events). */
export const organizationTerminology = terminologyTable(engagement);
