import { index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

export const badgeTrigger = engagement.enum("badge_trigger", [
  "first_activity",
  "approved_activities_10",
  "approved_activities_50",
  "approved_activities_100",
  "one_year",
  "course_completed",
  "manual",
]);

/** An organization's badge catalog: what can be earned, and what earns it. */
export const badges = engagement.table(
  "badges",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    trigger: badgeTrigger("trigger").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("badges_org_key_idx").on(t.organizationId, t.key),
    index("badges_org_trigger_idx").on(t.organizationId, t.trigger),
  ],
);

/** A badge awarded to a user: never twice (unique user and badge). */
export const userBadges = engagement.table(
  "user_badges",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    badgeId: uuid("badge_id")
      .notNull()
      .references(() => badges.id),
    awardedAt: timestamp("awarded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("user_badges_user_badge_idx").on(t.userId, t.badgeId),
    index("user_badges_org_user_idx").on(t.organizationId, t.userId),
  ],
);

export type BadgeRow = typeof badges.$inferSelect;
export type NewBadgeRow = typeof badges.$inferInsert;
export type UserBadgeRow = typeof userBadges.$inferSelect;
/** An award together with the badge it awards (what the API shows). */
export type AwardedBadge = UserBadgeRow & { badge: BadgeRow };
