ALTER TYPE "engagement"."notification_category" ADD VALUE 'course_cancelled';--> statement-breakpoint
ALTER TABLE "engagement"."faq_items" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "engagement"."faq_items" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement"."toolbox_cards" ADD COLUMN "archived_at" timestamp with time zone;