CREATE TYPE "engagement"."enrollment_status" AS ENUM('registered', 'waitlisted', 'attended', 'withdrawn');--> statement-breakpoint
CREATE TYPE "engagement"."certification_status" AS ENUM('active', 'expiring', 'expired', 'revoked');--> statement-breakpoint
CREATE TYPE "engagement"."delivery_channel" AS ENUM('in_app', 'push', 'email', 'sms');--> statement-breakpoint
CREATE TYPE "engagement"."delivery_status" AS ENUM('queued', 'sent', 'delivered', 'failed');--> statement-breakpoint
CREATE TYPE "engagement"."notification_category" AS ENUM('no_contact', 'certification_expiring', 'approval_pending', 'waitlist_promoted', 'certification_status');--> statement-breakpoint
CREATE TYPE "engagement"."reminder_scenario" AS ENUM('no_contact', 'certification_expiring_30', 'certification_expiring_7', 'approval_pending');--> statement-breakpoint
CREATE TABLE "engagement"."course_enrollments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "engagement"."enrollment_status" NOT NULL,
	"seq" bigserial NOT NULL,
	"registered_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"attended_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."mentor_program_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"location" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_program_sessions_date_order" CHECK ("engagement"."mentor_program_sessions"."ends_on" >= "engagement"."mentor_program_sessions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "engagement"."workshop_attendance" (
	"participant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"present" boolean NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_attendance_participant_id_day_pk" PRIMARY KEY("participant_id","day")
);
--> statement-breakpoint
CREATE TABLE "engagement"."workshop_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."certification_renewals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"certification_id" uuid NOT NULL,
	"course_id" uuid,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."certification_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"validity_months" integer,
	"basic_course" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_types_validity_positive" CHECK ("engagement"."certification_types"."validity_months" is null or "engagement"."certification_types"."validity_months" > 0)
);
--> statement-breakpoint
CREATE TABLE "engagement"."certifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type_id" uuid NOT NULL,
	"course_id" uuid,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"status" "engagement"."certification_status" NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "engagement"."coordinator_memberships" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."mentor_contacts" (
	"organization_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"last_contact_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mentor_contacts_organization_id_mentor_id_contact_id_pk" PRIMARY KEY("organization_id","mentor_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "engagement"."notification_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" "engagement"."delivery_channel" NOT NULL,
	"status" "engagement"."delivery_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engagement"."notification_preferences" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category" "engagement"."notification_category" NOT NULL,
	"enabled" boolean NOT NULL,
	"channels" "engagement"."delivery_channel"[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_organization_id_user_id_category_pk" PRIMARY KEY("organization_id","user_id","category")
);
--> statement-breakpoint
CREATE TABLE "engagement"."notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"category" "engagement"."notification_category" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engagement"."quiet_hours" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"from_minute" smallint NOT NULL,
	"until_minute" smallint NOT NULL,
	CONSTRAINT "quiet_hours_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "engagement"."reminder_settings" (
	"organization_id" uuid NOT NULL,
	"scenario" "engagement"."reminder_scenario" NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_settings_organization_id_scenario_pk" PRIMARY KEY("organization_id","scenario")
);
--> statement-breakpoint
CREATE TABLE "engagement"."reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"scenario" "engagement"."reminder_scenario" NOT NULL,
	"subject_id" uuid NOT NULL,
	"period" text NOT NULL,
	"notification_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."user_addresses" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement"."courses" ADD COLUMN "certification_type_id" uuid;--> statement-breakpoint
ALTER TABLE "engagement"."activity_projection" ADD COLUMN "rejected" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "engagement"."activity_projection" ADD COLUMN "activity_date" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement"."course_enrollments" ADD CONSTRAINT "course_enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "engagement"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."workshop_attendance" ADD CONSTRAINT "workshop_attendance_participant_id_workshop_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "engagement"."workshop_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."workshop_participants" ADD CONSTRAINT "workshop_participants_session_id_mentor_program_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "engagement"."mentor_program_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."certification_renewals" ADD CONSTRAINT "certification_renewals_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "engagement"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."certification_renewals" ADD CONSTRAINT "certification_renewals_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "engagement"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."certifications" ADD CONSTRAINT "certifications_type_id_certification_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "engagement"."certification_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."certifications" ADD CONSTRAINT "certifications_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "engagement"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."notification_deliveries" ADD CONSTRAINT "notification_deliveries_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "engagement"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement"."reminders" ADD CONSTRAINT "reminders_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "engagement"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_enrollments_course_user_idx" ON "engagement"."course_enrollments" USING btree ("course_id","user_id");--> statement-breakpoint
CREATE INDEX "course_enrollments_course_status_idx" ON "engagement"."course_enrollments" USING btree ("course_id","status","seq");--> statement-breakpoint
CREATE INDEX "course_enrollments_org_user_idx" ON "engagement"."course_enrollments" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "mentor_program_sessions_org_idx" ON "engagement"."mentor_program_sessions" USING btree ("organization_id","starts_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_participants_session_user_idx" ON "engagement"."workshop_participants" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE INDEX "certification_renewals_cert_idx" ON "engagement"."certification_renewals" USING btree ("certification_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_types_org_key_idx" ON "engagement"."certification_types" USING btree ("organization_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_user_type_idx" ON "engagement"."certifications" USING btree ("organization_id","user_id","type_id");--> statement-breakpoint
CREATE INDEX "certifications_status_until_idx" ON "engagement"."certifications" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "coordinator_memberships_la_idx" ON "engagement"."coordinator_memberships" USING btree ("organization_id","local_association_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_deliveries_channel_idx" ON "engagement"."notification_deliveries" USING btree ("notification_id","channel");--> statement-breakpoint
CREATE INDEX "notification_deliveries_due_idx" ON "engagement"."notification_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "engagement"."notifications" USING btree ("organization_id","user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_key_idx" ON "engagement"."reminders" USING btree ("scenario","user_id","subject_id","period");