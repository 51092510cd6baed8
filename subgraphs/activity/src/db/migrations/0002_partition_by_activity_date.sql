-- Hand-written (drizzle-kit cannot write PARTITION BY; never `drizzle-kit push`/`pull` this table):
-- activity.activities becomes a table partitioned by range on activity_date, one partition per
-- calendar year (UTC boundaries; the Bufdir report is per base year) plus a default partition for
-- anything older or not yet covered. Columns, constraint and index names are exactly those of the
-- drizzle snapshot (0001), so `drizzle-kit generate` sees no drift. The partition key is in the
-- primary key (id, activity_date); lookups by id alone go through activity.activity_keys.
CREATE TABLE "activity"."activities_partitioned" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"contact_id" uuid,
	"organization_id" uuid NOT NULL,
	"local_association_id" uuid,
	"activity_type" text NOT NULL,
	"title" text,
	"description" text,
	"activity_date" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"status" "activity"."activity_status" NOT NULL,
	"is_proxy_registration" boolean DEFAULT false NOT NULL,
	"proxy_submitted_by" uuid,
	"is_bulk_registration" boolean DEFAULT false NOT NULL,
	"bulk_batch_id" uuid,
	"event_id" uuid,
	"participant_count" integer DEFAULT 1,
	"has_reimbursement" boolean DEFAULT false NOT NULL,
	"calendar_event_id" text,
	"metadata" jsonb,
	"synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"suspected_duplicate_of" uuid,
	"bufdir_countable" boolean DEFAULT false NOT NULL,
	"bufdir_reason" text DEFAULT 'unclassified' NOT NULL,
	CONSTRAINT "activities_duration_range" CHECK ("duration_minutes" between 1 and 1440),
	CONSTRAINT "activities_participant_count_positive" CHECK ("participant_count" is null or "participant_count" >= 1),
	CONSTRAINT "activities_proxy_fields_consistency" CHECK (("is_proxy_registration" and "proxy_submitted_by" is not null) or (not "is_proxy_registration" and "proxy_submitted_by" is null)),
	CONSTRAINT "activities_bulk_fields_consistency" CHECK (("is_bulk_registration" and "bulk_batch_id" is not null) or (not "is_bulk_registration" and "bulk_batch_id" is null))
) PARTITION BY RANGE ("activity_date");
--> statement-breakpoint
CREATE TABLE "activity"."activities_default" PARTITION OF "activity"."activities_partitioned" DEFAULT;
--> statement-breakpoint
INSERT INTO "activity"."activities_partitioned" (
	"id", "user_id", "contact_id", "organization_id", "local_association_id", "activity_type", "title", "description",
	"activity_date", "duration_minutes", "location", "status", "is_proxy_registration", "proxy_submitted_by",
	"is_bulk_registration", "bulk_batch_id", "event_id", "participant_count", "has_reimbursement", "calendar_event_id",
	"metadata", "synced_at", "created_at", "updated_at", "suspected_duplicate_of", "bufdir_countable", "bufdir_reason")
SELECT
	"id", "user_id", "contact_id", "organization_id", "local_association_id", "activity_type", "title", "description",
	"activity_date", "duration_minutes", "location", "status", "is_proxy_registration", "proxy_submitted_by",
	"is_bulk_registration", "bulk_batch_id", "event_id", "participant_count", "has_reimbursement", "calendar_event_id",
	"metadata", "synced_at", "created_at", "updated_at", "suspected_duplicate_of", "bufdir_countable", "bufdir_reason"
FROM "activity"."activities";
--> statement-breakpoint
INSERT INTO "activity"."activity_keys" ("id", "activity_date", "organization_id", "user_id")
SELECT "id", "activity_date", "organization_id", "user_id" FROM "activity"."activities"
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
DROP TABLE "activity"."activities";
--> statement-breakpoint
ALTER TABLE "activity"."activities_partitioned" RENAME TO "activities";
--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD CONSTRAINT "activities_id_activity_date_pk" PRIMARY KEY("id","activity_date");
--> statement-breakpoint
ALTER TABLE "activity"."activities" ADD CONSTRAINT "activities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "activity"."contacts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "idx_activities_user_id" ON "activity"."activities" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_activities_contact_id" ON "activity"."activities" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "idx_activities_organization_id" ON "activity"."activities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_activities_activity_date" ON "activity"."activities" USING btree ("activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_status" ON "activity"."activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_activities_org_date" ON "activity"."activities" USING btree ("organization_id","activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_org_status" ON "activity"."activities" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "idx_activities_user_date" ON "activity"."activities" USING btree ("user_id","activity_date");--> statement-breakpoint
CREATE INDEX "idx_activities_created_at" ON "activity"."activities" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_activities_local_association" ON "activity"."activities" USING btree ("local_association_id");--> statement-breakpoint
CREATE INDEX "idx_activities_activity_type" ON "activity"."activities" USING btree ("activity_type");--> statement-breakpoint
CREATE INDEX "idx_activities_bulk_batch" ON "activity"."activities" USING btree ("bulk_batch_id");--> statement-breakpoint
CREATE INDEX "idx_activities_duplicate_detection" ON "activity"."activities" USING btree ("contact_id","activity_date","activity_type");
--> statement-breakpoint
-- The maintenance task: yearly partitions [from_year, to_year], created ahead of time. Rows of a new
-- partition's range that already sit in the default partition move into it (same transaction), so
-- a partition can also be added for an old year. Serialized by an advisory lock (several instances
-- may start at once). Returns how many partitions it created.
CREATE FUNCTION "activity"."ensure_activity_partitions"(from_year integer, to_year integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	y integer;
	created integer := 0;
	part text;
	lo timestamptz;
	hi timestamptz;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('activity.ensure_activity_partitions'));
	FOR y IN from_year..to_year LOOP
		part := format('activities_y%s', y);
		IF to_regclass(format('activity.%I', part)) IS NULL THEN
			lo := make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC');
			hi := make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC');
			EXECUTE format('CREATE TABLE activity.%I (LIKE activity.activities INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part);
			EXECUTE format(
				'WITH moved AS (DELETE FROM activity.activities_default WHERE activity_date >= %L AND activity_date < %L RETURNING *) INSERT INTO activity.%I SELECT * FROM moved',
				lo, hi, part);
			EXECUTE format('ALTER TABLE activity.activities ATTACH PARTITION activity.%I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
			created := created + 1;
		END IF;
	END LOOP;
	RETURN created;
END
$$;
--> statement-breakpoint
SELECT "activity"."ensure_activity_partitions"(extract(year from now())::integer - 1, extract(year from now())::integer + 1);
