CREATE SCHEMA "finance";
--> statement-breakpoint
CREATE TYPE "finance"."expense_status" AS ENUM('submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "finance"."expense_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"requires_receipt_above_ore" integer,
	"max_amount_ore" integer,
	"mileage_rate_ore_per_km" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."expenses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid,
	"activity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"expense_type" text NOT NULL,
	"amount_ore" integer NOT NULL,
	"distance_meters" integer,
	"description" text,
	"status" "finance"."expense_status" DEFAULT 'submitted' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expenses_amount_positive" CHECK ("finance"."expenses"."amount_ore" > 0),
	CONSTRAINT "expenses_distance_positive" CHECK ("finance"."expenses"."distance_meters" is null or "finance"."expenses"."distance_meters" > 0)
);
--> statement-breakpoint
CREATE TABLE "finance"."activity_projection" (
	"activity_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid,
	"user_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"activity_date" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."outbox" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"organization_id" uuid,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "finance"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "expense_types_org_key_idx" ON "finance"."expense_types" USING btree ("organization_id","key");--> statement-breakpoint
CREATE INDEX "expense_types_org_active_idx" ON "finance"."expense_types" USING btree ("organization_id","is_active");--> statement-breakpoint
CREATE INDEX "expenses_org_created_idx" ON "finance"."expenses" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "expenses_user_created_idx" ON "finance"."expenses" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "expenses_activity_idx" ON "finance"."expenses" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "expenses_org_status_idx" ON "finance"."expenses" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "activity_projection_org_idx" ON "finance"."activity_projection" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "activity_projection_user_idx" ON "finance"."activity_projection" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "finance"."outbox" USING btree ("position") WHERE "finance"."outbox"."sent_at" is null;