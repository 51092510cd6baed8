import { boolean, index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { finance } from "./pg-schema.js";

/**
 * The payout lifecycle of a reimbursement: pending_approval → approved →
 * exported (in an accounting export) → paid, each step with its date.
 * (Seed 000's Payout entity is these columns: one payout per reimbursement.)
 */
export const reimbursementStatus = finance.enum("reimbursement_status", [
  "pending_approval",
  "approved",
  "exported",
  "paid",
]);

/** A claim bundling a mentor's approved expenses; `total_ore` is the sum of its expenses, to the øre. */
export const reimbursements = finance.table(
  "reimbursements",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    /** The local association of every expense it bundles (one per reimbursement: its coordinators approve it); null: older rows, activities without one. */
    localAssociationId: uuid("local_association_id"),
    userId: uuid("user_id").notNull(),
    status: reimbursementStatus("status").notNull(),
    totalOre: integer("total_ore").notNull(),
    itemCount: integer("item_count").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    exportId: uuid("export_id"),
    exportedAt: timestamp("exported_at", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [
    index("reimbursements_org_status_idx").on(t.organizationId, t.status, t.createdAt),
    index("reimbursements_user_idx").on(t.userId, t.createdAt),
    index("reimbursements_export_idx").on(t.exportId),
  ],
);

/** Approval history of a reimbursement: the automatic check first, then a coordinator's decision where needed. */
export const reimbursementApprovals = finance.table(
  "reimbursement_approvals",
  {
    id: uuid("id").primaryKey(),
    reimbursementId: uuid("reimbursement_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    automatic: boolean("automatic").notNull(),
    /** approved, or needs_manual (the automatic check could not approve it). */
    outcome: text("outcome").notNull(),
    rule: text("rule"),
    decidedBy: uuid("decided_by"),
    note: text("note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reimbursement_approvals_reimbursement_idx").on(t.reimbursementId, t.decidedAt)],
);

export const accountingSystem = finance.enum("accounting_system", ["xledger", "dynamics"]);

/** One batch of approved reimbursements written as the accounting system's journal import file (stored here, downloadable). */
export const accountingExports = finance.table(
  "accounting_exports",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    system: accountingSystem("system").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    content: text("content").notNull(),
    sha256: text("sha256").notNull(),
    /** The account mapping the file was written with (so the file can be reproduced). */
    mapping: jsonb("mapping").notNull(),
    /** The organization's first voucher number in the file (one number per reimbursement, in order); null: made before numbering. */
    firstVoucher: integer("first_voucher"),
    /** The entity code (Xledger entity, Dynamics legal entity) the file was written with. */
    entityCode: text("entity_code"),
    /** The names and numbers the file was written with: each payee (user id → name, accounting reference) and each expense type's name (key → name), so the file can be reproduced. */
    labels: jsonb("labels").$type<ExportLabels>(),
    reimbursementCount: integer("reimbursement_count").notNull(),
    lineCount: integer("line_count").notNull(),
    totalOre: integer("total_ore").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    paidBy: uuid("paid_by"),
  },
  (t) => [index("accounting_exports_org_idx").on(t.organizationId, t.createdAt)],
);

/** The organization's accounting integration, non-secret parts only, from organization.settings.changed. */
export const accountingSettings = finance.table("accounting_settings", {
  organizationId: uuid("organization_id").primaryKey(),
  system: text("system").notNull(),
  enabled: boolean("enabled").notNull(),
  /** The company in the accounting system (Xledger entity code, Dynamics legal entity); null: not set. */
  entityCode: text("entity_code"),
  accountMapping: jsonb("account_mapping")
    .$type<
      Array<{
        expenseTypeKey: string;
        account: string;
        costCenter: string | null;
        project?: string | null;
        vatCode?: string | null;
      }>
    >()
    .notNull(),
  /** The organization's settings version the row reflects: older events never overwrite newer ones. */
  version: integer("version").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export interface ExportLabels {
  payees: Record<string, { name: string; reference: string }>;
  expenseTypes: Record<string, string>;
}

export type ReimbursementRow = typeof reimbursements.$inferSelect;
export type ReimbursementApprovalRow = typeof reimbursementApprovals.$inferSelect;
export type AccountingExportRow = typeof accountingExports.$inferSelect;
export type AccountingSettingsRow = typeof accountingSettings.$inferSelect;
