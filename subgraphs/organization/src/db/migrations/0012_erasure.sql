CREATE TABLE "organization"."contacts_with_assignments" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization"."erasure_parts" (
	"request_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"subgraph" text NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "erasure_parts_request_id_subgraph_pk" PRIMARY KEY("request_id","subgraph")
);
--> statement-breakpoint
CREATE TABLE "organization"."erasure_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"needs_confirmation" boolean DEFAULT false NOT NULL,
	"confirmed_by" uuid,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"status" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organization"."erasure_parts" ADD CONSTRAINT "erasure_parts_request_id_erasure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "organization"."erasure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization"."erasure_requests" ADD CONSTRAINT "erasure_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "erasure_requests_org_idx" ON "organization"."erasure_requests" USING btree ("organization_id","requested_at");--> statement-breakpoint
CREATE INDEX "erasure_requests_subject_idx" ON "organization"."erasure_requests" USING btree ("subject_id");