CREATE TABLE "finance"."local_associations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "local_associations_org_idx" ON "finance"."local_associations" USING btree ("organization_id");