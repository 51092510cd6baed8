import { sql } from "drizzle-orm";
import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/** The organization's catalog of expense categories (mileage, toll, parking, transit ...). Amounts in øre. */
export const expenseTypes = finance.table(
  "expense_types",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    requiresReceiptAboveOre: integer("requires_receipt_above_ore"),
    maxAmountOre: integer("max_amount_ore"),
    /** Fallback rate when the organization's mileage rate table has no rate valid on the trip's date. */
    mileageRateOrePerKm: integer("mileage_rate_ore_per_km"),
    /** Keys of types that cannot be claimed for the same trip (activity) as this one; checked both ways. */
    exclusiveWith: text("exclusive_with")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Mileage: each passenger adds the rate table's passenger rate per km. */
    passengersAddToRate: boolean("passengers_add_to_rate").notNull().default(false),
    /** Claims up to and including this amount are approved automatically (null: always manual). */
    autoApproveMaxOre: integer("auto_approve_max_ore"),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("expense_types_org_key_idx").on(t.organizationId, t.key),
    index("expense_types_org_active_idx").on(t.organizationId, t.isActive),
  ],
);

export type ExpenseTypeRow = typeof expenseTypes.$inferSelect;
export type NewExpenseTypeRow = typeof expenseTypes.$inferInsert;
