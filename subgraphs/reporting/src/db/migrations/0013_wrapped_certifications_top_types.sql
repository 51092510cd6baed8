ALTER TABLE "reporting"."mentor_certifications" ADD COLUMN "certification_type_name" text;--> statement-breakpoint
ALTER TABLE "reporting"."annual_summaries" ADD COLUMN "certifications" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting"."annual_summaries" ADD COLUMN "top_activity_types" jsonb DEFAULT '[]'::jsonb NOT NULL;