CREATE TABLE "reporting"."annual_summaries" (
	"user_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"activities" integer NOT NULL,
	"minutes" integer NOT NULL,
	"contacts_reached" integer NOT NULL,
	"badges" jsonb NOT NULL,
	"busiest_month" integer,
	"busiest_month_activities" integer NOT NULL,
	"by_month" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "annual_summaries_user_id_year_pk" PRIMARY KEY("user_id","year")
);
--> statement-breakpoint
CREATE TABLE "reporting"."expense_facts" (
	"expense_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"amount_ore" integer NOT NULL,
	"status" text NOT NULL,
	"submitted_day" date NOT NULL,
	"status_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."mentor_badges" (
	"user_badge_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"badge_key" text NOT NULL,
	"awarded_day" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."reimbursement_payouts" (
	"reimbursement_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"total_ore" integer NOT NULL,
	"paid_day" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."team_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"generated_by" uuid NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reporting"."activity_facts" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
CREATE INDEX "expense_facts_org_day_idx" ON "reporting"."expense_facts" USING btree ("organization_id","submitted_day");--> statement-breakpoint
CREATE INDEX "mentor_badges_user_idx" ON "reporting"."mentor_badges" USING btree ("user_id","awarded_day");--> statement-breakpoint
CREATE INDEX "reimbursement_payouts_org_day_idx" ON "reporting"."reimbursement_payouts" USING btree ("organization_id","paid_day");--> statement-breakpoint
CREATE INDEX "team_reports_org_la_idx" ON "reporting"."team_reports" USING btree ("organization_id","local_association_id");