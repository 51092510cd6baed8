CREATE SCHEMA "engagement";
--> statement-breakpoint
CREATE TYPE "engagement"."course_kind" AS ENUM('certification', 'career_workshop', 'continuing_education');--> statement-breakpoint
CREATE TYPE "engagement"."course_status" AS ENUM('planned', 'open', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "engagement"."badge_trigger" AS ENUM('first_activity', 'approved_activities_10', 'approved_activities_50', 'approved_activities_100', 'one_year', 'course_completed', 'manual');--> statement-breakpoint
CREATE TABLE "engagement"."courses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" "engagement"."course_kind" NOT NULL,
	"capacity" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"location" text,
	"status" "engagement"."course_status" DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_capacity_positive" CHECK ("engagement"."courses"."capacity" > 0),
	CONSTRAINT "courses_date_order" CHECK ("engagement"."courses"."ends_on" is null or "engagement"."courses"."ends_on" >= "engagement"."courses"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "engagement"."badges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"trigger" "engagement"."badge_trigger" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."user_badges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"badge_id" uuid NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."activity_projection" (
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"local_association_id" uuid,
	"approved" boolean DEFAULT false NOT NULL,
	CONSTRAINT "activity_projection_activity_id_pk" PRIMARY KEY("activity_id")
);
--> statement-breakpoint
CREATE TABLE "engagement"."outbox" (
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
CREATE TABLE "engagement"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
ALTER TABLE "engagement"."user_badges" ADD CONSTRAINT "user_badges_badge_id_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "engagement"."badges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "courses_org_starts_idx" ON "engagement"."courses" USING btree ("organization_id","starts_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_org_key_idx" ON "engagement"."badges" USING btree ("organization_id","key");--> statement-breakpoint
CREATE INDEX "badges_org_trigger_idx" ON "engagement"."badges" USING btree ("organization_id","trigger");--> statement-breakpoint
CREATE UNIQUE INDEX "user_badges_user_badge_idx" ON "engagement"."user_badges" USING btree ("user_id","badge_id");--> statement-breakpoint
CREATE INDEX "user_badges_org_user_idx" ON "engagement"."user_badges" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "activity_projection_user_idx" ON "engagement"."activity_projection" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "engagement"."outbox" USING btree ("position") WHERE "engagement"."outbox"."sent_at" is null;