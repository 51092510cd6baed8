CREATE SCHEMA "reporting";
--> statement-breakpoint
CREATE TABLE "reporting"."activity_facts" (
	"activity_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid,
	"user_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"activity_day" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"status" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."pending_activity_decisions" (
	"activity_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."local_association_activity_counts" (
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"pending" integer DEFAULT 0 NOT NULL,
	"approved" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_association_activity_counts_organization_id_local_association_id_pk" PRIMARY KEY("organization_id","local_association_id"),
	CONSTRAINT "la_activity_counts_non_negative" CHECK ("reporting"."local_association_activity_counts"."registered" >= 0 and "reporting"."local_association_activity_counts"."pending" >= 0 and "reporting"."local_association_activity_counts"."approved" >= 0 and "reporting"."local_association_activity_counts"."rejected" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting"."outbox" (
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
CREATE TABLE "reporting"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE INDEX "activity_facts_org_day_idx" ON "reporting"."activity_facts" USING btree ("organization_id","activity_day");--> statement-breakpoint
CREATE INDEX "activity_facts_org_la_idx" ON "reporting"."activity_facts" USING btree ("organization_id","local_association_id");--> statement-breakpoint
CREATE INDEX "activity_facts_user_day_idx" ON "reporting"."activity_facts" USING btree ("user_id","activity_day");--> statement-breakpoint
CREATE INDEX "la_activity_counts_la_idx" ON "reporting"."local_association_activity_counts" USING btree ("local_association_id");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "reporting"."outbox" USING btree ("position") WHERE "reporting"."outbox"."sent_at" is null;