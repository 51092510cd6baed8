import { sql } from "drizzle-orm";
import { index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";

export const userStatus = identity.enum("user_status", ["active", "deactivated"]);
export const language = identity.enum("language", ["nb", "nn", "en"]);

export const users = identity.table(
  "users",
  {
    id: uuid("id").primaryKey(),
    email: text("email").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** Legacy plain phone (before per-subject keys): emptied by the subject-key migration (application/subject-keys.ts). */
    phoneLegacy: text("phone"),
    /** The phone, encrypted under the user's subject key (issue 24 item 1). */
    phoneEnc: text("phone_enc"),
    status: userStatus("status").notNull().default("active"),
    preferredLanguage: language("preferred_language").notNull().default("nb"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When identity.profile.changed was first published for the user (registration, or the backfill of users from
     * before the profiles topic: application/profile-backfill.ts). Null: not yet known to be published.
     */
    profilePublishedAt: timestamp("profile_published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    index("users_status_idx").on(t.status),
    // The profile backfill's question (only the users it has still to do).
    index("users_profile_unpublished_idx")
      .on(t.id)
      .where(sql`${t.profilePublishedAt} is null`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
