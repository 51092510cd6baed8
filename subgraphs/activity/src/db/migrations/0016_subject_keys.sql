CREATE TABLE "activity"."subject_data_keys" (
	"organization_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"wrapped_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"destroyed_at" timestamp with time zone,
	CONSTRAINT "subject_data_keys_organization_id_subject_id_pk" PRIMARY KEY("organization_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "activity"."subject_key_migration" (
	"target" text PRIMARY KEY NOT NULL,
	"last_id" uuid,
	"migrated" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "subject_data_keys_key_id_uq" ON "activity"."subject_data_keys" USING btree ("organization_id","key_id");