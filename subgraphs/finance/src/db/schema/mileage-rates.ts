import { date, integer, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * The organization's mileage rate table: a rate applies from `valid_from`
 * (a calendar date) until the next row's. A trip is paid at the rate valid on
 * its activity's date (Norwegian time). Øre per kilometre, integers.
 */
export const mileageRates = finance.table(
  "mileage_rates",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    rateOrePerKm: integer("rate_ore_per_km").notNull(),
    /** Added per passenger per km when the expense type lets passengers add to the rate. */
    passengerRateOrePerKm: integer("passenger_rate_ore_per_km").notNull().default(0),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mileage_rates_org_valid_from_idx").on(t.organizationId, t.validFrom)],
);

export type MileageRateRow = typeof mileageRates.$inferSelect;
export type NewMileageRateRow = typeof mileageRates.$inferInsert;
