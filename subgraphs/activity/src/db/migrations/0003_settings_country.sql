CREATE TABLE "activity"."organization_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"duplicate_window_minutes" integer NOT NULL,
	"group_min_participants" integer NOT NULL,
	"group_min_minutes" integer NOT NULL,
	"course_min_minutes_per_day" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD COLUMN "country" text DEFAULT 'NO' NOT NULL;