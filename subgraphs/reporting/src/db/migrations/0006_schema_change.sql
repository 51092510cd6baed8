CREATE TABLE "reporting"."gathering_attendance" (
	"gathering_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"attended_day" date NOT NULL,
	CONSTRAINT "gathering_attendance_gathering_id_user_id_pk" PRIMARY KEY("gathering_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "reporting"."annual_summaries" ADD COLUMN "events_attended" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "gathering_attendance_user_idx" ON "reporting"."gathering_attendance" USING btree ("user_id","attended_day");