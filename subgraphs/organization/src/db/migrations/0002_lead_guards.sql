-- masked_ref_immutability (seed 004): masked_ref is set once, on insert, and no path may change it;
-- created_at is kept too (unique_email_per_lead keeps the original creation time).
CREATE FUNCTION "organization"."lead_guard_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.masked_ref IS DISTINCT FROM OLD.masked_ref THEN
    RAISE EXCEPTION 'masked_ref_immutability: masked_ref of lead % cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'created_at of lead % cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "leads_immutable_fields" BEFORE UPDATE ON "organization"."leads"
  FOR EACH ROW EXECUTE FUNCTION "organization"."lead_guard_immutable"();
