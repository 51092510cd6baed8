import { boolean, date, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * HonorariumThreshold: a local association's tiers, versioned (seed 000). A mentor reaches a tier in a calendar
 * year when that many of their assignments got an approved activity in the year; each tier carries the
 * honorarium paid for it. A row is one version of the tier at `min_assignments`, in effect from `valid_from`
 * (Norwegian calendar date) until the next version; a `retired` version ends the tier. Versions are never
 * overwritten once an award cites them (domain/honorarium.ts `tiersInEffect`).
 */
export const honorariumTiers = finance.table(
  "honorarium_tiers",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    minAssignments: integer("min_assignments").notNull(),
    amountOre: integer("amount_ore").notNull(),
    label: text("label").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull().default("2000-01-01"),
    retired: boolean("retired").notNull().default(false),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("honorarium_tiers_la_min_from_idx").on(t.localAssociationId, t.minAssignments, t.validFrom),
    index("honorarium_tiers_org_idx").on(t.organizationId),
  ],
);

/** A tier a mentor reached in a year: once per (mentor, local association, year, tier). */
export const honorariumAwards = finance.table(
  "honorarium_awards",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    localAssociationId: uuid("local_association_id").notNull(),
    userId: uuid("user_id").notNull(),
    year: integer("year").notNull(),
    tierId: uuid("tier_id").notNull(),
    minAssignments: integer("min_assignments").notNull(),
    amountOre: integer("amount_ore").notNull(),
    assignmentCount: integer("assignment_count").notNull(),
    reachedAt: timestamp("reached_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("honorarium_awards_once_idx").on(t.userId, t.localAssociationId, t.year, t.minAssignments),
    index("honorarium_awards_org_idx").on(t.organizationId, t.year),
  ],
);

export type HonorariumTierRow = typeof honorariumTiers.$inferSelect;
export type HonorariumAwardRow = typeof honorariumAwards.$inferSelect;
