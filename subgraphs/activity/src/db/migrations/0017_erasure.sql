ALTER TABLE "activity"."assignments" ALTER COLUMN "payload_enc" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "activity"."contacts" ADD COLUMN "erased_at" timestamp with time zone;