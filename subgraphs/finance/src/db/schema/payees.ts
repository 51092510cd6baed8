import { integer, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * Display names of people, projected from identity's `identity.user.registered` (consumer `finance.identity`), so an
 * accounting export names its payees. Personal data copied for display: an erasure (issue 24) must clear the row
 * (exports already made keep their stored files, as bookkeeping law requires).
 */
export const personNames = finance.table("person_names", {
  userId: uuid("user_id").primaryKey(),
  displayName: text("display_name").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The number the organization's accounting system knows a person by (employee or supplier number), set by its administrators. */
export const accountingReferences = finance.table(
  "accounting_references",
  {
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    reference: text("reference").notNull(),
    updatedBy: uuid("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);

/**
 * The organization's voucher numbers: `last_voucher` is the highest number handed out. An export takes the next
 * numbers in its own transaction (the row lock orders concurrent exports), so a number is never given twice and a
 * failed export gives its numbers back with its rollback.
 */
export const accountingVoucherSequences = finance.table("accounting_voucher_sequences", {
  organizationId: uuid("organization_id").primaryKey(),
  lastVoucher: integer("last_voucher").notNull(),
});

export type AccountingReferenceRow = typeof accountingReferences.$inferSelect;
