ALTER TABLE "finance"."expenses" ADD COLUMN "client_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "expenses_org_client_idx" ON "finance"."expenses" USING btree ("organization_id","client_id");