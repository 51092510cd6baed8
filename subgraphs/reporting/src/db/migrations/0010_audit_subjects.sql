ALTER TABLE "reporting"."audit_log" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting"."audit_log" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "reporting"."audit_log" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_log_recorded_idx" ON "reporting"."audit_log" USING btree ("chain_id","recorded_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "reporting"."audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "reporting"."audit_log" USING btree ("subject_id");