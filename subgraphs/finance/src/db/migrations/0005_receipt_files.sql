ALTER TABLE "finance"."receipts" ADD COLUMN "width" integer;--> statement-breakpoint
ALTER TABLE "finance"."receipts" ADD COLUMN "height" integer;--> statement-breakpoint
ALTER TABLE "finance"."receipts" ADD CONSTRAINT "receipts_storage_key_unique" UNIQUE("storage_key");