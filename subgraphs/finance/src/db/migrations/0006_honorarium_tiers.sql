CREATE TABLE "finance"."honorarium_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"tier_id" uuid NOT NULL,
	"min_assignments" integer NOT NULL,
	"amount_ore" integer NOT NULL,
	"assignment_count" integer NOT NULL,
	"reached_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance"."honorarium_tiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"min_assignments" integer NOT NULL,
	"amount_ore" integer NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance"."activity_projection" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "honorarium_awards_once_idx" ON "finance"."honorarium_awards" USING btree ("user_id","local_association_id","year","min_assignments");--> statement-breakpoint
CREATE INDEX "honorarium_awards_org_idx" ON "finance"."honorarium_awards" USING btree ("organization_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "honorarium_tiers_la_min_idx" ON "finance"."honorarium_tiers" USING btree ("local_association_id","min_assignments");--> statement-breakpoint
CREATE INDEX "honorarium_tiers_org_idx" ON "finance"."honorarium_tiers" USING btree ("organization_id");