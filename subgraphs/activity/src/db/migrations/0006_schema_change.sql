CREATE TYPE "activity"."gathering_registration_status" AS ENUM('registered', 'attended', 'absent');--> statement-breakpoint
CREATE TYPE "activity"."gathering_status" AS ENUM('draft', 'published', 'cancelled', 'completed');--> statement-breakpoint
CREATE TABLE "activity"."gathering_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"gathering_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"registered_by" uuid NOT NULL,
	"is_proxy_registration" boolean DEFAULT false NOT NULL,
	"status" "activity"."gathering_registration_status" DEFAULT 'registered' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attendance_recorded_at" timestamp with time zone,
	"attendance_recorded_by" uuid,
	"activity_id" uuid,
	CONSTRAINT "gathering_registrations_gathering_user_uq" UNIQUE("gathering_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "activity"."gatherings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"activity_type" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"capacity" integer,
	"status" "activity"."gathering_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gatherings_capacity_positive" CHECK ("activity"."gatherings"."capacity" is null or "activity"."gatherings"."capacity" >= 1),
	CONSTRAINT "gatherings_time_range" CHECK ("activity"."gatherings"."ends_at" > "activity"."gatherings"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "activity"."gathering_registrations" ADD CONSTRAINT "gathering_registrations_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "activity"."gatherings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gathering_registrations_user_idx" ON "activity"."gathering_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "gatherings_org_starts_idx" ON "activity"."gatherings" USING btree ("organization_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "gatherings_local_association_idx" ON "activity"."gatherings" USING btree ("local_association_id","starts_at");