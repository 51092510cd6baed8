CREATE TYPE "engagement"."referral_step" AS ENUM('click', 'install', 'registration', 'first_login', 'activation');--> statement-breakpoint
CREATE TABLE "engagement"."faq_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"product" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."referral_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"link_id" uuid NOT NULL,
	"step" "engagement"."referral_step" NOT NULL,
	"subject" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."referral_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"referrer_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."toolbox_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"product" text NOT NULL,
	"topic" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"media_url" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement"."referral_events" ADD CONSTRAINT "referral_events_link_id_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "engagement"."referral_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_items_product_idx" ON "engagement"."faq_items" USING btree ("product","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_events_once_idx" ON "engagement"."referral_events" USING btree ("link_id","step","subject") WHERE "engagement"."referral_events"."subject" is not null;--> statement-breakpoint
CREATE INDEX "referral_events_link_idx" ON "engagement"."referral_events" USING btree ("link_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_links_code_idx" ON "engagement"."referral_links" USING btree ("code");--> statement-breakpoint
CREATE INDEX "referral_links_org_referrer_idx" ON "engagement"."referral_links" USING btree ("organization_id","referrer_id");--> statement-breakpoint
CREATE INDEX "toolbox_cards_org_product_idx" ON "engagement"."toolbox_cards" USING btree ("organization_id","product","sort_order");