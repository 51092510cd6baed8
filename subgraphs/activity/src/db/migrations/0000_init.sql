CREATE SCHEMA "activity";
--> statement-breakpoint
CREATE TYPE "activity"."bufdir_category" AS ENUM('outreach_in_person', 'group', 'course', 'not_counted');--> statement-breakpoint
CREATE TYPE "activity"."activity_status" AS ENUM('draft', 'pending_review', 'approved', 'rejected', 'flagged');--> statement-breakpoint
CREATE TABLE "activity"."activity_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"bufdir_category" "activity"."bufdir_category" NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"municipality" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"contact_id" uuid,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid,
	"activity_type" text NOT NULL,
	"title" text,
	"description" text,
	"activity_date" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"status" "activity"."activity_status" NOT NULL,
	"is_proxy_registration" boolean DEFAULT false NOT NULL,
	"proxy_submitted_by" uuid,
	"is_bulk_registration" boolean DEFAULT false NOT NULL,
	"bulk_batch_id" uuid,
	"event_id" uuid,
	"participant_count" integer DEFAULT 1,
	"has_reimbursement" boolean DEFAULT false NOT NULL,
	"calendar_event_id" text,
	"metadata" jsonb,
	"synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_duration_range" CHECK ("activity"."activities"."duration_minutes" between 1 and 1440),
	CONSTRAINT "activities_participant_count_positive" CHECK ("activity"."activities"."participant_count" is null or "activity"."activities"."participant_count" >= 1),
	CONSTRAINT "activities_proxy_fields_consistency" CHECK (("activity"."activities"."is_proxy_registration" and "activity"."activities"."proxy_submitted_by" is not null) or (not "activity"."activities"."is_proxy_registration" and "activity"."activities"."proxy_submitted_by" is null)),
	CONSTRAINT "activities_bulk_fields_consistency" CHECK (("activity"."activities"."is_bulk_registration" and "activity"."activities"."bulk_batch_id" is not null) or (not "activity"."activities"."is_bulk_registration" and "activity"."activities"."bulk_batch_id" is null))
);
--> statement-breakpoint
CREATE TABLE "activity"."activity_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"previous_status" "activity"."activity_status" NOT NULL,
	"new_status" "activity"."activity_status" NOT NULL,
	"decided_by" uuid NOT NULL,
	"reason" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."membership_projection" (
	"membership_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "membership_projection_membership_id_pk" PRIMARY KEY("membership_id")
);
--> statement-breakpoint
CREATE TABLE "activity"."outbox" (
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
CREATE TABLE "activity"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD CONSTRAINT "activities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "activity"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_types_org_key_idx" ON "activity"."activity_types" USING btree ("organization_id","key");--> statement-breakpoint
CREATE INDEX "activity_types_org_active_idx" ON "activity"."activity_types" USING btree ("organization_id","is_active");--> statement-breakpoint
CREATE INDEX "contacts_org_name_idx" ON "activity"."contacts" USING btree ("organization_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "contacts_local_association_idx" ON "activity"."contacts" USING btree ("local_association_id");--> statement-breakpoint
CREATE INDEX "idx_activities_user_id" ON "activity"."activities" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_activities_contact_id" ON "activity"."activities" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "idx_activities_organization_id" ON "activity"."activities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_activities_activity_date" ON "activity"."activities" USING btree ("activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_status" ON "activity"."activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_activities_org_date" ON "activity"."activities" USING btree ("organization_id","activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_org_status" ON "activity"."activities" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "idx_activities_user_date" ON "activity"."activities" USING btree ("user_id","activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_created_at" ON "activity"."activities" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_activities_local_association" ON "activity"."activities" USING btree ("local_association_id");--> statement-breakpoint
CREATE INDEX "idx_activities_activity_type" ON "activity"."activities" USING btree ("activity_type");--> statement-breakpoint
CREATE INDEX "idx_activities_bulk_batch" ON "activity"."activities" USING btree ("bulk_batch_id");--> statement-breakpoint
CREATE INDEX "idx_activities_duplicate_detection" ON "activity"."activities" USING btree ("contact_id","activity_date","activity_type");--> statement-breakpoint
CREATE INDEX "activity_approvals_activity_idx" ON "activity"."activity_approvals" USING btree ("activity_id","decided_at");--> statement-breakpoint
CREATE INDEX "membership_projection_user_idx" ON "activity"."membership_projection" USING btree ("user_id","organization_id");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "activity"."outbox" USING btree ("position") WHERE "activity"."outbox"."sent_at" is null;