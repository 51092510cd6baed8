CREATE TYPE "engagement"."push_platform" AS ENUM('android', 'ios');--> statement-breakpoint
CREATE TABLE "engagement"."push_devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"platform" "engagement"."push_platform" NOT NULL,
	"token" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deactivated_at" timestamp with time zone,
	"deactivation_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "push_devices_token_idx" ON "engagement"."push_devices" USING btree ("organization_id","token");--> statement-breakpoint
CREATE INDEX "push_devices_user_idx" ON "engagement"."push_devices" USING btree ("organization_id","user_id");