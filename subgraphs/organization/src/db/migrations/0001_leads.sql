CREATE TYPE "organization"."lead_organization_size" AS ENUM('small', 'medium', 'large', 'very_large');--> statement-breakpoint
CREATE TYPE "organization"."lead_source" AS ENUM('website', 'referral', 'event', 'outbound', 'other');--> statement-breakpoint
CREATE TYPE "organization"."lead_status" AS ENUM('new', 'contacted', 'qualified', 'demo_scheduled', 'converted', 'lost');--> statement-breakpoint
CREATE TABLE "organization"."demo_bookings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lead_id" uuid NOT NULL,
	"preferred_demo_timing" text,
	"notes" text,
	"ip_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."leads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"organization_name" text NOT NULL,
	"role_title" text NOT NULL,
	"organization_size" "organization"."lead_organization_size",
	"current_solution" text,
	"preferred_demo_timing" text,
	"notes" text,
	"status" "organization"."lead_status" DEFAULT 'new' NOT NULL,
	"source" "organization"."lead_source" NOT NULL,
	"masked_ref" text NOT NULL,
	"ip_address" text,
	"confirmation_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"booking_count" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."mail_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lead_id" uuid NOT NULL,
	"demo_booking_id" uuid NOT NULL,
	"kind" text DEFAULT 'demo_booking_confirmation' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organization"."demo_bookings" ADD CONSTRAINT "demo_bookings_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "organization"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."mail_deliveries" ADD CONSTRAINT "mail_deliveries_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "organization"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."mail_deliveries" ADD CONSTRAINT "mail_deliveries_demo_booking_id_demo_bookings_id_fk" FOREIGN KEY ("demo_booking_id") REFERENCES "organization"."demo_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demo_bookings_lead_idx" ON "organization"."demo_bookings" USING btree ("lead_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_lead_email" ON "organization"."leads" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "idx_lead_masked_ref" ON "organization"."leads" USING btree ("masked_ref");--> statement-breakpoint
CREATE INDEX "idx_lead_status" ON "organization"."leads" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_lead_created_at" ON "organization"."leads" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_lead_organization_name" ON "organization"."leads" USING btree ("organization_name");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_deliveries_booking_idx" ON "organization"."mail_deliveries" USING btree ("demo_booking_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_due_idx" ON "organization"."mail_deliveries" USING btree ("next_attempt_at") WHERE "organization"."mail_deliveries"."sent_at" is null;