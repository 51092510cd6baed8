-- Hand-written (drizzle-kit does not write RLS): @meander/db rlsMigrationSql("identity").
-- Role meander_app, the idempotent function public.meander_secure_tenant_tables, and FORCE ROW LEVEL SECURITY plus
-- the meander_tenant policy on every table of "identity" with organization_id. runMigrations calls the function again
-- after every migration, so tables added later are covered too.
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'meander_app') then
    create role meander_app nologin nobypassrls;
  end if;
exception when duplicate_object or unique_violation then null;
end $$;
--> statement-breakpoint
create or replace function public.meander_secure_tenant_tables(target_schema text) returns integer
language plpgsql as $fn$
declare
  t record;
  secured integer := 0;
  tenant text := format('nullif(current_setting(%L, true), %L)', 'app.org_id', '');
  platform text := format('current_setting(%L, true) = %L', 'app.scope', 'platform');
begin
  execute format('grant usage on schema %I to meander_app', target_schema);
  execute format('grant select, insert, update, delete on all tables in schema %I to meander_app', target_schema);
  execute format('grant usage, select, update on all sequences in schema %I to meander_app', target_schema);
  execute format('grant execute on all functions in schema %I to meander_app', target_schema);
  for t in
    select c.relname, format_type(a.atttypid, a.atttypmod) as coltype, not a.attnotnull as nullable
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
    where n.nspname = target_schema and c.relkind in ('r', 'p')
  loop
    execute format('alter table %I.%I enable row level security', target_schema, t.relname);
    execute format('alter table %I.%I force row level security', target_schema, t.relname);
    if not exists (select 1 from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = 'meander_tenant') then
      execute format('create policy meander_tenant on %I.%I using (organization_id = %s::%s or %s) with check (organization_id = %s::%s or %s)',
        target_schema, t.relname, tenant, t.coltype, platform, tenant, t.coltype, platform);
    end if;
    if t.nullable and not exists (select 1 from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = 'meander_tenant_shared') then
      execute format('create policy meander_tenant_shared on %I.%I for select using (organization_id is null)', target_schema, t.relname);
    end if;
    -- The outbox takes any use case's events, platform-wide ones (no organization) included; reading it stays scoped.
    if t.relname = 'outbox' and not exists (select 1 from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = 'meander_tenant_events') then
      execute format('create policy meander_tenant_events on %I.%I for insert with check (true)', target_schema, t.relname);
    end if;
    secured := secured + 1;
  end loop;
  return secured;
end $fn$;
--> statement-breakpoint
select public.meander_secure_tenant_tables('identity');
