CREATE TABLE "identity"."invitation_addresses" (
	"invitation_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity"."invitation_projection" ALTER COLUMN "email" DROP NOT NULL;