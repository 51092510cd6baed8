CREATE TABLE "activity"."feature_flags" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"flags" jsonb NOT NULL,
	"settings_version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity"."contacts" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "activity"."organization_settings" ADD COLUMN "sensitive_field_policy" jsonb DEFAULT '[]'::jsonb NOT NULL;