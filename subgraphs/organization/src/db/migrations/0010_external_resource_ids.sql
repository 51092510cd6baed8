-- Issue 20 item 8: every external resource gets an id and an archive mark (null: in use), in its order.
UPDATE "organization"."organization_settings"
SET "external_resources" = (
  SELECT coalesce(jsonb_agg(r || jsonb_build_object('id', gen_random_uuid()::text, 'archivedAt', null) ORDER BY ord), '[]'::jsonb)
  FROM jsonb_array_elements("external_resources") WITH ORDINALITY AS t(r, ord)
)
WHERE jsonb_array_length("external_resources") > 0;
