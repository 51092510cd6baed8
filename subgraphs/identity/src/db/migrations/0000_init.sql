CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE TYPE "identity"."language" AS ENUM('nb', 'nn', 'en');--> statement-breakpoint
CREATE TYPE "identity"."user_status" AS ENUM('active', 'deactivated');--> statement-breakpoint
CREATE TABLE "identity"."users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"phone" text,
	"status" "identity"."user_status" DEFAULT 'active' NOT NULL,
	"preferred_language" "identity"."language" DEFAULT 'nb' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."membership_projection" (
	"membership_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "membership_projection_membership_id_pk" PRIMARY KEY("membership_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."outbox" (
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
CREATE TABLE "identity"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "identity"."users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_status_idx" ON "identity"."users" USING btree ("status");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "identity"."outbox" USING btree ("position") WHERE "identity"."outbox"."sent_at" is null;