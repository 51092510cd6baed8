CREATE TYPE "identity"."mentor_status" AS ENUM('active', 'paused', 'suspended', 'deactivated');--> statement-breakpoint
CREATE TYPE "identity"."push_platform" AS ENUM('android', 'ios');--> statement-breakpoint
CREATE TABLE "identity"."device_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"platform" "identity"."push_platform" NOT NULL,
	"device_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."peer_mentor_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"bio" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"experience_areas" text[] DEFAULT '{}' NOT NULL,
	"mentoring_since" date,
	"max_active_contacts" integer,
	"available" boolean DEFAULT true NOT NULL,
	"availability_note" text,
	"availability_slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."peer_mentor_status_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"from_status" "identity"."mentor_status",
	"to_status" "identity"."mentor_status" NOT NULL,
	"reason" text,
	"actor_id" uuid NOT NULL,
	"organization_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."user_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"larger_text" boolean DEFAULT false NOT NULL,
	"high_contrast" boolean DEFAULT false NOT NULL,
	"reduced_motion" boolean DEFAULT false NOT NULL,
	"screen_reader_hints" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "device_tokens_user_idx" ON "identity"."device_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "peer_mentor_status_log_user_idx" ON "identity"."peer_mentor_status_log" USING btree ("user_id","changed_at");--> statement-breakpoint
CREATE FUNCTION "identity"."refuse_status_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'identity.peer_mentor_status_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "peer_mentor_status_log_append_only" BEFORE UPDATE OR DELETE ON "identity"."peer_mentor_status_log" FOR EACH ROW EXECUTE FUNCTION "identity"."refuse_status_log_change"();
