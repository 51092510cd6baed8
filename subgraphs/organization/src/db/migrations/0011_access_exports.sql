CREATE TABLE "organization"."access_export_parts" (
	"request_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"subgraph" text NOT NULL,
	"object_id" uuid NOT NULL,
	"ready_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_export_parts_request_id_subgraph_pk" PRIMARY KEY("request_id","subgraph")
);
--> statement-breakpoint
CREATE TABLE "organization"."access_export_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"contact_id" uuid,
	"user_id" uuid,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"downloaded_at" timestamp with time zone,
	"bundle_json_key" text,
	"bundle_pdf_key" text
);
--> statement-breakpoint
ALTER TABLE "organization"."access_export_parts" ADD CONSTRAINT "access_export_parts_request_id_access_export_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "organization"."access_export_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_export_requests_org_idx" ON "organization"."access_export_requests" USING btree ("organization_id","requested_at");