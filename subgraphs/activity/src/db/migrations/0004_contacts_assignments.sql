CREATE TYPE "activity"."assignment_status" AS ENUM('dispatched', 'delivered', 'read', 'acknowledged', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "activity"."contact_relation_kind" AS ENUM('caregiver', 'next_of_kin');--> statement-breakpoint
CREATE TABLE "activity"."assignment_status_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "activity"."assignment_status" NOT NULL,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"payload_enc" text NOT NULL,
	"status" "activity"."assignment_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."contact_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."contact_relations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "activity"."contact_relation_kind" NOT NULL,
	"name" text NOT NULL,
	"relation" text,
	"phone_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity"."organization_data_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "activity"."sensitive_reads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"field" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity"."contacts" ADD COLUMN "address_enc" text;--> statement-breakpoint
ALTER TABLE "activity"."contacts" ADD COLUMN "health_info_enc" text;--> statement-breakpoint
CREATE INDEX "assignment_status_log_assignment_idx" ON "activity"."assignment_status_log" USING btree ("assignment_id","at");--> statement-breakpoint
CREATE INDEX "assignments_mentor_contact_idx" ON "activity"."assignments" USING btree ("mentor_id","contact_id");--> statement-breakpoint
CREATE INDEX "assignments_org_idx" ON "activity"."assignments" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contact_notes_contact_idx" ON "activity"."contact_notes" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_relations_contact_idx" ON "activity"."contact_relations" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "sensitive_reads_subject_idx" ON "activity"."sensitive_reads" USING btree ("subject_id","read_at");