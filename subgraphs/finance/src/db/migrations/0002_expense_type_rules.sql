CREATE TABLE "finance"."mileage_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"rate_ore_per_km" integer NOT NULL,
	"passenger_rate_ore_per_km" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance"."expense_types" ADD COLUMN "exclusive_with" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "finance"."expense_types" ADD COLUMN "passengers_add_to_rate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "finance"."expense_types" ADD COLUMN "auto_approve_max_ore" integer;--> statement-breakpoint
ALTER TABLE "finance"."expenses" ADD COLUMN "passengers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "finance"."expenses" ADD COLUMN "rate_ore_per_km" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "mileage_rates_org_valid_from_idx" ON "finance"."mileage_rates" USING btree ("organization_id","valid_from");--> statement-breakpoint
ALTER TABLE "finance"."expenses" ADD CONSTRAINT "expenses_passengers_range" CHECK ("finance"."expenses"."passengers" >= 0);