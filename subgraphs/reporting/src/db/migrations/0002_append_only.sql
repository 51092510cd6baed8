-- The audit log is append-only and submitted Bufdir reports are frozen: the database refuses updates and deletes.
CREATE OR REPLACE FUNCTION reporting.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON reporting.audit_log FOR EACH ROW EXECUTE FUNCTION reporting.refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON reporting.audit_log FOR EACH STATEMENT EXECUTE FUNCTION reporting.refuse_change();
--> statement-breakpoint
CREATE TRIGGER bufdir_reports_frozen BEFORE UPDATE OR DELETE ON reporting.bufdir_reports FOR EACH ROW EXECUTE FUNCTION reporting.refuse_change();
--> statement-breakpoint
CREATE TRIGGER bufdir_reports_no_truncate BEFORE TRUNCATE ON reporting.bufdir_reports FOR EACH STATEMENT EXECUTE FUNCTION reporting.refuse_change();
--> statement-breakpoint
CREATE TRIGGER bufdir_report_evidence_frozen BEFORE UPDATE OR DELETE ON reporting.bufdir_report_evidence FOR EACH ROW EXECUTE FUNCTION reporting.refuse_change();
--> statement-breakpoint
CREATE TRIGGER bufdir_report_evidence_no_truncate BEFORE TRUNCATE ON reporting.bufdir_report_evidence FOR EACH STATEMENT EXECUTE FUNCTION reporting.refuse_change();
