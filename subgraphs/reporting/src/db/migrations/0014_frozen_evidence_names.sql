ALTER TABLE "reporting"."bufdir_report_evidence" ADD COLUMN "local_association_name" text;--> statement-breakpoint
ALTER TABLE "reporting"."bufdir_report_evidence" ADD COLUMN "region_name" text;