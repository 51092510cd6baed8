CREATE TABLE "reporting"."audit_chain_heads" (
	"chain_id" uuid PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."audit_log" (
	"chain_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"occurred_at" text NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"organization_id" uuid,
	"operation_name" text,
	"fields" jsonb NOT NULL,
	"request_id" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_chain_id_seq_pk" PRIMARY KEY("chain_id","seq"),
	CONSTRAINT "audit_log_event_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "reporting"."bufdir_day_rollups" (
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"day" date NOT NULL,
	"activity_days" integer DEFAULT 0 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "bufdir_day_rollups_organization_id_day_local_association_id_activity_type_pk" PRIMARY KEY("organization_id","day","local_association_id","activity_type"),
	CONSTRAINT "bufdir_day_rollups_non_negative" CHECK ("reporting"."bufdir_day_rollups"."activity_days" >= 0 and "reporting"."bufdir_day_rollups"."participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting"."bufdir_report_evidence" (
	"report_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"local_association_id" uuid,
	"region_id" uuid,
	"activity_type" text NOT NULL,
	"activity_day" date NOT NULL,
	"activity_days" integer NOT NULL,
	"participants" integer,
	CONSTRAINT "bufdir_report_evidence_report_id_activity_id_pk" PRIMARY KEY("report_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "reporting"."bufdir_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	"content" jsonb NOT NULL,
	CONSTRAINT "bufdir_reports_version_unique" UNIQUE("organization_id","year","version")
);
--> statement-breakpoint
CREATE TABLE "reporting"."local_associations" (
	"local_association_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."mentor_certifications" (
	"certification_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"certification_type_key" text NOT NULL,
	"basic_course" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."mentor_statuses" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."organization_bufdir_thresholds" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"settings_version" integer NOT NULL,
	"group_min_participants" integer NOT NULL,
	"group_min_minutes" integer NOT NULL,
	"course_min_minutes_per_day" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reporting"."activity_facts" ADD COLUMN "day_count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting"."activity_facts" ADD COLUMN "countable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting"."activity_facts" ADD COLUMN "not_countable_reason" text;--> statement-breakpoint
ALTER TABLE "reporting"."activity_facts" ADD COLUMN "participants" integer;--> statement-breakpoint
CREATE INDEX "local_associations_org_idx" ON "reporting"."local_associations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "mentor_certifications_user_idx" ON "reporting"."mentor_certifications" USING btree ("user_id");