-- The services connect as meander_app, which owns no table and so cannot create partitions. The maintenance
-- function runs with its owner's rights instead (SECURITY DEFINER, fixed search_path) and in the platform scope
-- (it moves rows of every organization out of the default partition); only meander_app and the owner may call it.
ALTER FUNCTION "activity"."ensure_activity_partitions"(integer, integer) SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET app.scope = 'platform';
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION "activity"."ensure_activity_partitions"(integer, integer) FROM PUBLIC;
--> statement-breakpoint
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'meander_app') THEN
    GRANT EXECUTE ON FUNCTION "activity"."ensure_activity_partitions"(integer, integer) TO meander_app;
  END IF;
END $$;
