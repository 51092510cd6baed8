CREATE TYPE "activity"."attachment_category" AS ENUM('invitation', 'photo', 'screenshot', 'pdf', 'other');--> statement-breakpoint
CREATE TYPE "activity"."document_kind" AS ENUM('attachment', 'confidentiality_declaration');--> statement-breakpoint
CREATE TABLE "activity"."documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "activity"."document_kind" NOT NULL,
	"activity_id" uuid,
	"category" "activity"."attachment_category",
	"mentor_id" uuid NOT NULL,
	"local_association_id" uuid,
	"declaration_version" text,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "documents_kind_fields" CHECK ((kind = 'attachment' and activity_id is not null and declaration_version is null)
        or (kind = 'confidentiality_declaration' and activity_id is null and category is null and declaration_version is not null))
);
--> statement-breakpoint
CREATE INDEX "documents_activity_idx" ON "activity"."documents" USING btree ("activity_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_org_mentor_idx" ON "activity"."documents" USING btree ("organization_id","mentor_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_declaration_once_uq" ON "activity"."documents" USING btree ("organization_id","mentor_id","declaration_version") WHERE kind = 'confidentiality_declaration';