CREATE TABLE "finance"."accounting_references" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounting_references_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "finance"."accounting_voucher_sequences" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"last_voucher" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."person_names" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance"."accounting_exports" ADD COLUMN "first_voucher" integer;--> statement-breakpoint
ALTER TABLE "finance"."accounting_exports" ADD COLUMN "entity_code" text;--> statement-breakpoint
ALTER TABLE "finance"."accounting_exports" ADD COLUMN "labels" jsonb;--> statement-breakpoint
ALTER TABLE "finance"."accounting_settings" ADD COLUMN "entity_code" text;