CREATE TYPE "finance"."approval_decision" AS ENUM('approved', 'rejected');--> statement-breakpoint
CREATE TABLE "finance"."expense_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"expense_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"decision" "finance"."approval_decision" NOT NULL,
	"automatic" boolean NOT NULL,
	"rule" text,
	"decided_by" uuid,
	"note" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."receipts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"expense_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "expense_approvals_expense_idx" ON "finance"."expense_approvals" USING btree ("expense_id");--> statement-breakpoint
CREATE INDEX "expense_approvals_org_idx" ON "finance"."expense_approvals" USING btree ("organization_id","decided_at");--> statement-breakpoint
CREATE INDEX "receipts_expense_idx" ON "finance"."receipts" USING btree ("expense_id");