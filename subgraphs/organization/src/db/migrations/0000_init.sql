CREATE SCHEMA "organization";
--> statement-breakpoint
CREATE TYPE "organization"."membership_role" AS ENUM('peer_mentor', 'coordinator', 'org_admin', 'global_admin');--> statement-breakpoint
CREATE TABLE "organization"."organization_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"max_memberships_per_user" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"organization_number" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."regions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."local_associations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL,
	"municipality" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."organization_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"role" "organization"."membership_role" NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."outbox" (
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
CREATE TABLE "organization"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD CONSTRAINT "organization_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."regions" ADD CONSTRAINT "regions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."local_associations" ADD CONSTRAINT "local_associations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."local_associations" ADD CONSTRAINT "local_associations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "organization"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."organization_memberships" ADD CONSTRAINT "organization_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."organization_memberships" ADD CONSTRAINT "organization_memberships_local_association_id_local_associations_id_fk" FOREIGN KEY ("local_association_id") REFERENCES "organization"."local_associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_short_name_lower_idx" ON "organization"."organizations" USING btree (lower("short_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_organization_number_idx" ON "organization"."organizations" USING btree ("organization_number");--> statement-breakpoint
CREATE UNIQUE INDEX "regions_organization_name_idx" ON "organization"."regions" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "local_associations_organization_name_idx" ON "organization"."local_associations" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "local_associations_page_idx" ON "organization"."local_associations" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "local_associations_region_idx" ON "organization"."local_associations" USING btree ("region_id","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_memberships_user_unit_idx" ON "organization"."organization_memberships" USING btree ("user_id","local_association_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_memberships_one_primary_idx" ON "organization"."organization_memberships" USING btree ("user_id") WHERE "organization"."organization_memberships"."is_primary";--> statement-breakpoint
CREATE INDEX "organization_memberships_organization_idx" ON "organization"."organization_memberships" USING btree ("organization_id","local_association_id");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "organization"."outbox" USING btree ("position") WHERE "organization"."outbox"."sent_at" is null;