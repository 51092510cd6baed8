import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

export const approvalDecision = finance.enum("approval_decision", ["approved", "rejected"]);

/**
 * ExpenseApproval: exactly one decision per expense (unique expense_id, so two
 * coordinators deciding at once cannot both win). Automatic decisions record
 * the rule that allowed them and no decider; manual ones the coordinator.
 * `note` is the coordinator's note, and for a rejection the reason the mentor sees.
 */
export const expenseApprovals = finance.table(
  "expense_approvals",
  {
    id: uuid("id").primaryKey(),
    expenseId: uuid("expense_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    decision: approvalDecision("decision").notNull(),
    automatic: boolean("automatic").notNull(),
    rule: text("rule"),
    decidedBy: uuid("decided_by"),
    note: text("note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("expense_approvals_expense_idx").on(t.expenseId),
    index("expense_approvals_org_idx").on(t.organizationId, t.decidedAt),
  ],
);

export type ExpenseApprovalRow = typeof expenseApprovals.$inferSelect;
export type NewExpenseApprovalRow = typeof expenseApprovals.$inferInsert;

/**
 * Receipt metadata: one row per stored file (the bytes live in object storage
 * under `storage_key`). Content type is the one detected from the bytes.
 */
export const receipts = finance.table(
  "receipts",
  {
    id: uuid("id").primaryKey(),
    expenseId: uuid("expense_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    /** newObjectKey("receipts", ext): the key inside the organization's namespace. */
    storageKey: text("storage_key").notNull().unique(),
    /** The uploader's file name: shown only, never used as a path. */
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    width: integer("width"),
    height: integer("height"),
    uploadedBy: uuid("uploaded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("receipts_expense_idx").on(t.expenseId)],
);

export type ReceiptRow = typeof receipts.$inferSelect;
export type NewReceiptRow = typeof receipts.$inferInsert;
