-- Hand-written: an assignment's status log is immutable (issue #6 item 10). Rows are only inserted;
-- UPDATE and DELETE are refused by the database itself, whoever asks.
CREATE FUNCTION "activity"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "assignment_status_log_append_only" BEFORE UPDATE OR DELETE ON "activity"."assignment_status_log"
FOR EACH ROW EXECUTE FUNCTION "activity"."refuse_change"();
