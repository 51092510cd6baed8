DROP INDEX "finance"."honorarium_tiers_la_min_idx";--> statement-breakpoint
ALTER TABLE "finance"."honorarium_tiers" ADD COLUMN "valid_from" date DEFAULT '2000-01-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "finance"."honorarium_tiers" ADD COLUMN "retired" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "honorarium_tiers_la_min_from_idx" ON "finance"."honorarium_tiers" USING btree ("local_association_id","min_assignments","valid_from");