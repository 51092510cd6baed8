import { sql } from "drizzle-orm";
import { check, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

export const expenseStatus = finance.enum("expense_status", ["submitted", "approved", "rejected"]);

/**
 * An expense claimed against an activity. Amounts are integer øre, never floats.
 * `expense_type` holds the type's key (unique per organization).
 */
export const expenses = finance.table(
  "expenses",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    /** Copied from the activity projection; scopes coordinators once finance knows memberships. */
    localAssociationId: uuid("local_association_id"),
    activityId: uuid("activity_id").notNull(),
    userId: uuid("user_id").notNull(),
    expenseType: text("expense_type").notNull(),
    amountOre: integer("amount_ore").notNull(),
    distanceMeters: integer("distance_meters"),
    /** Mileage: passengers carried on the trip (each may add to the rate). */
    passengers: integer("passengers").notNull().default(0),
    /** Mileage: the rate applied (øre per km, passengers included), kept so the claim reproduces. */
    rateOrePerKm: integer("rate_ore_per_km"),
    description: text("description"),
    status: expenseStatus("status").notNull().default("submitted"),
    submittedBy: uuid("submitted_by").notNull(),
    /** The reimbursement bundling this (approved) expense; an expense is bundled once. */
    reimbursementId: uuid("reimbursement_id"),
    /** The submitting client's own id for the claim (idempotency key): a retry with it returns this row. */
    clientId: text("client_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("expenses_org_created_idx").on(t.organizationId, t.createdAt, t.id),
    index("expenses_user_created_idx").on(t.userId, t.createdAt, t.id),
    index("expenses_activity_idx").on(t.activityId),
    index("expenses_org_status_idx").on(t.organizationId, t.status),
    index("expenses_reimbursement_idx").on(t.reimbursementId),
    uniqueIndex("expenses_org_client_idx").on(t.organizationId, t.clientId),
    check("expenses_amount_positive", sql`${t.amountOre} > 0`),
    check("expenses_passengers_range", sql`${t.passengers} >= 0`),
    check("expenses_distance_positive", sql`${t.distanceMeters} is null or ${t.distanceMeters} > 0`),
  ],
);

export type ExpenseRow = typeof expenses.$inferSelect;
export type NewExpenseRow = typeof expenses.$inferInsert;
