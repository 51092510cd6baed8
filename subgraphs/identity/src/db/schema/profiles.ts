import { boolean, date, index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AvailabilitySlot } from "../../domain/peer-mentor-profile.js";
import { identity } from "./pg-schema.js";

/** The mentoring-specific part of a user (seed 001 peer_mentor), one per user. */
export const peerMentorProfiles = identity.table("peer_mentor_profiles", {
  userId: uuid("user_id").primaryKey(),
  /** Legacy plain bio (before per-subject keys): emptied by the subject-key migration (application/subject-keys.ts). */
  bioLegacy: text("bio"),
  /** The bio, encrypted under the user's subject key (issue 24 item 1). */
  bioEnc: text("bio_enc"),
  languages: text("languages").array().notNull().default([]),
  experienceAreas: text("experience_areas").array().notNull().default([]),
  mentoringSince: date("mentoring_since", { mode: "string" }),
  maxActiveContacts: integer("max_active_contacts"),
  available: boolean("available").notNull().default(true),
  /** Legacy plain availability note: emptied by the subject-key migration. */
  availabilityNoteLegacy: text("availability_note"),
  /** The availability note, encrypted under the user's subject key. */
  availabilityNoteEnc: text("availability_note_enc"),
  availabilitySlots: jsonb("availability_slots").$type<AvailabilitySlot[]>().notNull().default([]),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const mentorStatus = identity.enum("mentor_status", ["active", "paused", "suspended", "deactivated"]);

/** Append-only: a trigger in migration 0002 refuses UPDATE and DELETE. The newest row is the current status. */
export const peerMentorStatusLog = identity.table(
  "peer_mentor_status_log",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id").notNull(),
    fromStatus: mentorStatus("from_status"),
    toStatus: mentorStatus("to_status").notNull(),
    reason: text("reason"),
    actorId: uuid("actor_id").notNull(),
    organizationId: uuid("organization_id"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("peer_mentor_status_log_user_idx").on(t.userId, t.changedAt)],
);

/** Accessibility preferences; the language lives on users.preferred_language. Notification toggles are engagement's. */
export const userSettings = identity.table("user_settings", {
  userId: uuid("user_id").primaryKey(),
  largerText: boolean("larger_text").notNull().default(false),
  highContrast: boolean("high_contrast").notNull().default(false),
  reducedMotion: boolean("reduced_motion").notNull().default(false),
  screenReaderHints: boolean("screen_reader_hints").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const pushPlatform = identity.enum("push_platform", ["android", "ios"]);

/** One row per push token: registering a known token moves it to the caller. */
export const deviceTokens = identity.table(
  "device_tokens",
  {
    token: text("token").primaryKey(),
    userId: uuid("user_id").notNull(),
    platform: pushPlatform("platform").notNull(),
    deviceName: text("device_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("device_tokens_user_idx").on(t.userId)],
);

export type PeerMentorProfileRow = typeof peerMentorProfiles.$inferSelect;
export type StatusLogRow = typeof peerMentorStatusLog.$inferSelect;
export type UserSettingsRow = typeof userSettings.$inferSelect;
export type DeviceTokenRow = typeof deviceTokens.$inferSelect;
