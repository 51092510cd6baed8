ALTER TYPE "activity"."activity_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD COLUMN "duplicate_decision" text;--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD CONSTRAINT "activities_duplicate_decision" CHECK ("duplicate_decision" is null or "duplicate_decision" in ('not_duplicate', 'duplicate'));