CREATE TYPE "finance"."accounting_system" AS ENUM('xledger', 'dynamics');--> statement-breakpoint
CREATE TYPE "finance"."reimbursement_status" AS ENUM('pending_approval', 'approved', 'exported', 'paid');--> statement-breakpoint
CREATE TABLE "finance"."accounting_exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"system" "finance"."accounting_system" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" text NOT NULL,
	"sha256" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"reimbursement_count" integer NOT NULL,
	"line_count" integer NOT NULL,
	"total_ore" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" uuid
);
--> statement-breakpoint
CREATE TABLE "finance"."accounting_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"system" text NOT NULL,
	"enabled" boolean NOT NULL,
	"account_mapping" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."reimbursement_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reimbursement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"automatic" boolean NOT NULL,
	"outcome" text NOT NULL,
	"rule" text,
	"decided_by" uuid,
	"note" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."reimbursements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "finance"."reimbursement_status" NOT NULL,
	"total_ore" integer NOT NULL,
	"item_count" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"export_id" uuid,
	"exported_at" timestamp with time zone,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "finance"."expenses" ADD COLUMN "reimbursement_id" uuid;--> statement-breakpoint
CREATE INDEX "accounting_exports_org_idx" ON "finance"."accounting_exports" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "reimbursement_approvals_reimbursement_idx" ON "finance"."reimbursement_approvals" USING btree ("reimbursement_id","decided_at");--> statement-breakpoint
CREATE INDEX "reimbursements_org_status_idx" ON "finance"."reimbursements" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "reimbursements_user_idx" ON "finance"."reimbursements" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "reimbursements_export_idx" ON "finance"."reimbursements" USING btree ("export_id");--> statement-breakpoint
CREATE INDEX "expenses_reimbursement_idx" ON "finance"."expenses" USING btree ("reimbursement_id");