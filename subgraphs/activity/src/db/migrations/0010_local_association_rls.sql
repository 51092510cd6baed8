-- Hand-written (drizzle-kit does not write RLS): @meander/db localAssociationMigrationSql("activity", ...).
-- Local-association policies (issue #10 item 2) where the use cases limit coordinators and peer mentors to their
-- local association: contacts and what follows a contact (relations, notes), assignments (also the mentor's and the
-- coordinator's own), gatherings (also their organizer's drafts). See the subgraph README, "Row-level security".
create or replace function public.meander_la_allows(la uuid) returns boolean language sql stable as $$
  select coalesce(current_setting('app.scope', true) = 'platform', false)
      or nullif(current_setting('app.local_association_ids', true), '') is null
      or la is null
      or la = any (string_to_array(current_setting('app.local_association_ids', true), ',')::uuid[])
$$;
--> statement-breakpoint
create or replace function public.meander_user_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
create or replace function public.meander_enter_scope(new_org text, new_las text, out prev_org text, out prev_las text, out changed boolean)
language plpgsql as $fn$
declare
  org text := new_org;
  las text := new_las;
begin
  prev_org := coalesce(current_setting('app.org_id', true), '');
  prev_las := coalesce(current_setting('app.local_association_ids', true), '');
  if coalesce(current_setting('app.scope', true), '') <> 'platform' and prev_org <> '' then
    org := prev_org;
    if prev_las <> '' then
      if las = '' then
        las := prev_las;
      else
        select coalesce(string_agg(x, ','), '00000000-0000-0000-0000-000000000000') into las
        from unnest(string_to_array(new_las, ',')) as x where x = any (string_to_array(prev_las, ','));
      end if;
    end if;
  end if;
  changed := org is distinct from prev_org or las is distinct from prev_las;
  if changed then
    perform set_config('app.org_id', org, true), set_config('app.local_association_ids', las, true);
  end if;
end $fn$;
--> statement-breakpoint
drop policy if exists meander_local_association on activity.contacts;
--> statement-breakpoint
create policy meander_local_association on activity.contacts as restrictive using (public.meander_la_allows(local_association_id)) with check (public.meander_la_allows(local_association_id));
--> statement-breakpoint
drop policy if exists meander_local_association on activity.assignments;
--> statement-breakpoint
create policy meander_local_association on activity.assignments as restrictive using (public.meander_la_allows(local_association_id) or mentor_id = public.meander_user_id() or coordinator_id = public.meander_user_id()) with check (public.meander_la_allows(local_association_id) or mentor_id = public.meander_user_id() or coordinator_id = public.meander_user_id());
--> statement-breakpoint
drop policy if exists meander_local_association on activity.gatherings;
--> statement-breakpoint
create policy meander_local_association on activity.gatherings as restrictive using (public.meander_la_allows(local_association_id) or created_by = public.meander_user_id()) with check (public.meander_la_allows(local_association_id) or created_by = public.meander_user_id());
--> statement-breakpoint
drop policy if exists meander_local_association on activity.contact_relations;
--> statement-breakpoint
create policy meander_local_association on activity.contact_relations as restrictive using (coalesce(current_setting('app.scope', true) = 'platform', false) or exists (select 1 from activity.contacts c where c.id = contact_id)) with check (coalesce(current_setting('app.scope', true) = 'platform', false) or exists (select 1 from activity.contacts c where c.id = contact_id));
--> statement-breakpoint
drop policy if exists meander_local_association on activity.contact_notes;
--> statement-breakpoint
create policy meander_local_association on activity.contact_notes as restrictive using (coalesce(current_setting('app.scope', true) = 'platform', false) or exists (select 1 from activity.contacts c where c.id = contact_id)) with check (coalesce(current_setting('app.scope', true) = 'platform', false) or exists (select 1 from activity.contacts c where c.id = contact_id));
