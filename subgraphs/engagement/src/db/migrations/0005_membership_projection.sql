CREATE TABLE "engagement"."membership_projection" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "membership_projection_user_idx" ON "engagement"."membership_projection" USING btree ("user_id","local_association_id");