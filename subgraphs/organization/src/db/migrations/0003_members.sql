CREATE TYPE "organization"."invitation_status" AS ENUM('open', 'used', 'revoked');--> statement-breakpoint
CREATE TABLE "organization"."invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "organization"."membership_role" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"status" "organization"."invitation_status" DEFAULT 'open' NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"membership_id" uuid,
	"refused_reason" text,
	"refused_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organization"."invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."invitations" ADD CONSTRAINT "invitations_local_association_id_local_associations_id_fk" FOREIGN KEY ("local_association_id") REFERENCES "organization"."local_associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."invitations" ADD CONSTRAINT "invitations_membership_id_organization_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "organization"."organization_memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_idx" ON "organization"."invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_unit_idx" ON "organization"."invitations" USING btree ("local_association_id","status","created_at");