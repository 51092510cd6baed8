CREATE TABLE "identity"."organization_data_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity"."subject_data_keys" (
	"organization_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"wrapped_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"destroyed_at" timestamp with time zone,
	CONSTRAINT "subject_data_keys_organization_id_subject_id_pk" PRIMARY KEY("organization_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."subject_key_migration" (
	"target" text PRIMARY KEY NOT NULL,
	"last_id" uuid,
	"migrated" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "phone_enc" text;--> statement-breakpoint
ALTER TABLE "identity"."peer_mentor_profiles" ADD COLUMN "bio_enc" text;--> statement-breakpoint
ALTER TABLE "identity"."peer_mentor_profiles" ADD COLUMN "availability_note_enc" text;--> statement-breakpoint
CREATE UNIQUE INDEX "subject_data_keys_key_id_uq" ON "identity"."subject_data_keys" USING btree ("organization_id","key_id");