CREATE TABLE "reporting"."organization_terminology" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"settings_version" integer NOT NULL,
	"labels" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."organizations" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."people" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting"."regions" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "regions_org_idx" ON "reporting"."regions" USING btree ("organization_id");