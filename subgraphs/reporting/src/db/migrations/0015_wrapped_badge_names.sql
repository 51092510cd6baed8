ALTER TABLE "reporting"."mentor_badges" ADD COLUMN "badge_name" text;--> statement-breakpoint
-- Stored summaries listed badge keys; they list {key, name} now (name unknown for those: named from the catalog when read).
UPDATE "reporting"."annual_summaries" SET "badges" = (
  SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(b) = 'string' THEN jsonb_build_object('key', b #>> '{}', 'name', null) ELSE b END ORDER BY i), '[]'::jsonb)
  FROM jsonb_array_elements("badges") WITH ORDINALITY AS x(b, i)
) WHERE jsonb_typeof("badges") = 'array';
