import { sql } from "drizzle-orm";
import { boolean, check, index, integer, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

/** Gathering lifecycle (domain/gathering.ts): draft → published → cancelled | completed. */
export const gatheringStatus = activity.enum("gathering_status", ["draft", "published", "cancelled", "completed"]);
/** Registration phases: registered, then attended or absent. */
export const gatheringRegistrationStatus = activity.enum("gathering_registration_status", [
  "registered",
  "attended",
  "absent",
]);

/** A group gathering (seed `event`) hosted by a local association; `activity_type` is the type of the activities attendance creates. */
export const gatherings = activity.table(
  "gatherings",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    createdBy: uuid("created_by").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    activityType: text("activity_type").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    location: text("location"),
    capacity: integer("capacity"),
    status: gatheringStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("gatherings_org_starts_idx").on(t.organizationId, t.startsAt, t.id),
    index("gatherings_local_association_idx").on(t.localAssociationId, t.startsAt),
    check("gatherings_capacity_positive", sql`${t.capacity} is null or ${t.capacity} >= 1`),
    check("gatherings_time_range", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** One user's registration (seed `event_registration` / `event_attendee`), at most one per gathering and user. */
export const gatheringRegistrations = activity.table(
  "gathering_registrations",
  {
    id: uuid("id").primaryKey(),
    gatheringId: uuid("gathering_id")
      .notNull()
      .references(() => gatherings.id),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    registeredBy: uuid("registered_by").notNull(),
    isProxyRegistration: boolean("is_proxy_registration").notNull().default(false),
    status: gatheringRegistrationStatus("status").notNull().default("registered"),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    attendanceRecordedAt: timestamp("attendance_recorded_at", { withTimezone: true }),
    attendanceRecordedBy: uuid("attendance_recorded_by"),
    /** The activity attendance created (set once: recording again never creates a second one). */
    activityId: uuid("activity_id"),
  },
  (t) => [
    unique("gathering_registrations_gathering_user_uq").on(t.gatheringId, t.userId),
    index("gathering_registrations_user_idx").on(t.userId),
  ],
);

export type GatheringRow = typeof gatherings.$inferSelect;
export type NewGatheringRow = typeof gatherings.$inferInsert;
export type GatheringRegistrationRow = typeof gatheringRegistrations.$inferSelect;
