CREATE TABLE "reporting"."bufdir_mentor_years" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"activity_days" integer DEFAULT 0 NOT NULL,
	"eligible" boolean DEFAULT false NOT NULL,
	CONSTRAINT "bufdir_mentor_years_organization_id_year_user_id_pk" PRIMARY KEY("organization_id","year","user_id"),
	CONSTRAINT "bufdir_mentor_years_non_negative" CHECK ("reporting"."bufdir_mentor_years"."activity_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting"."bufdir_month_totals" (
	"organization_id" uuid NOT NULL,
	"month" date NOT NULL,
	"activity_days" integer DEFAULT 0 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "bufdir_month_totals_organization_id_month_pk" PRIMARY KEY("organization_id","month"),
	CONSTRAINT "bufdir_month_totals_non_negative" CHECK ("reporting"."bufdir_month_totals"."activity_days" >= 0 and "reporting"."bufdir_month_totals"."participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting"."bufdir_year_rollups" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"local_association_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"activity_days" integer DEFAULT 0 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "bufdir_year_rollups_organization_id_year_local_association_id_activity_type_pk" PRIMARY KEY("organization_id","year","local_association_id","activity_type"),
	CONSTRAINT "bufdir_year_rollups_non_negative" CHECK ("reporting"."bufdir_year_rollups"."activity_days" >= 0 and "reporting"."bufdir_year_rollups"."participants" >= 0)
);
--> statement-breakpoint
CREATE INDEX "bufdir_mentor_years_user_idx" ON "reporting"."bufdir_mentor_years" USING btree ("user_id");