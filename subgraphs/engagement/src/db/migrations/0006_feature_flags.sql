CREATE TABLE "engagement"."feature_flags" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"flags" jsonb NOT NULL,
	"settings_version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
