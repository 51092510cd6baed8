CREATE TABLE "organization"."organization_data_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organization"."organization_integrations" (
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"system" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"account_mapping" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"credentials_ciphertext" text,
	"credentials_set_at" timestamp with time zone,
	"credentials_set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "organization_integrations_organization_id_kind_pk" PRIMARY KEY("organization_id","kind")
);
--> statement-breakpoint
CREATE TABLE "organization"."organization_settings_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"section" text NOT NULL,
	"values" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "terminology" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "feature_flags" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "branding" jsonb;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "external_resources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "sensitive_field_policy" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "bufdir_thresholds" jsonb;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "duplicate_detection" jsonb;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "impact_multipliers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "organization"."organization_integrations" ADD CONSTRAINT "organization_integrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."organization_settings_changes" ADD CONSTRAINT "organization_settings_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_settings_changes_org_idx" ON "organization"."organization_settings_changes" USING btree ("organization_id","version","id");