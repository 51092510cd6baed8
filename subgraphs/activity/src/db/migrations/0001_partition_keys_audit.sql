CREATE TABLE "activity"."activity_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_date" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" text
);
--> statement-breakpoint
CREATE TABLE "activity"."activity_status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"previous_status" "activity"."activity_status",
	"new_status" "activity"."activity_status" NOT NULL,
	"note" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity"."activities" DROP CONSTRAINT "activities_pkey";--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD CONSTRAINT "activities_id_activity_date_pk" PRIMARY KEY("id","activity_date");--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD COLUMN "suspected_duplicate_of" uuid;--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD COLUMN "bufdir_countable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD COLUMN "bufdir_reason" text DEFAULT 'unclassified' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_keys_org_client_idx" ON "activity"."activity_keys" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "activity_status_changes_activity_idx" ON "activity"."activity_status_changes" USING btree ("activity_id","changed_at");