ALTER TYPE "engagement"."delivery_status" ADD VALUE 'skipped';--> statement-breakpoint
ALTER TYPE "engagement"."notification_category" ADD VALUE 'reimbursement_paid';--> statement-breakpoint
ALTER TYPE "engagement"."notification_category" ADD VALUE 'badge_awarded';--> statement-breakpoint
ALTER TYPE "engagement"."notification_category" ADD VALUE 'invitation_refused';--> statement-breakpoint
CREATE TABLE "engagement"."local_association_names" (
	"local_association_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement"."organization_terminology" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"settings_version" integer NOT NULL,
	"labels" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement"."user_addresses" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "engagement"."user_addresses" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "engagement"."user_addresses" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "engagement"."user_addresses" ADD COLUMN "language" text;