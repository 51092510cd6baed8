-- Hand-written (drizzle-kit does not write RLS): row-level security for identity's user-keyed tables (issue #10 item 2).
-- Tables with organization_id already carry meander_tenant (0003, re-applied by runMigrations); the policies here add
-- what a person who belongs to several organizations needs, and close the rest. Requests set, transaction-locally,
-- app.org_id / app.local_association_ids / app.scope (the kit) and app.user_id (identity's context, src/rls.ts).
-- Idempotent: functions are replaced, policies dropped and created again. The README lists every policy.
create or replace function identity.rls_user_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
create or replace function identity.rls_org_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.org_id', true), '')::uuid
$$;
--> statement-breakpoint
create or replace function identity.rls_platform() returns boolean language sql stable as $$
  select coalesce(current_setting('app.scope', true) = 'platform', false)
$$;
--> statement-breakpoint
-- A user is visible to the platform, to themself, and inside an organization when they hold a membership in it
-- (within the caller's local associations when the request is limited to some: coordinators, peer mentors).
create or replace function identity.rls_user_visible(target uuid) returns boolean language sql stable as $$
  select coalesce(
    identity.rls_platform()
    or target = identity.rls_user_id()
    or exists (
      select 1 from identity.membership_projection m
      where m.user_id = target
        and m.organization_id = identity.rls_org_id()
        and (nullif(current_setting('app.local_association_ids', true), '') is null
             or m.local_association_id = any (string_to_array(current_setting('app.local_association_ids', true), ',')::uuid[]))
    ),
    false)
$$;
--> statement-breakpoint
do $$
declare
  t text;
begin
  foreach t in array array['users', 'password_credentials', 'login_throttle', 'refresh_tokens', 'oidc_states',
                           'user_identities', 'peer_mentor_profiles', 'user_settings', 'device_tokens'] loop
    execute format('alter table identity.%I enable row level security', t);
    execute format('alter table identity.%I force row level security', t);
  end loop;
end $$;
--> statement-breakpoint
-- users: read (and lock) whom one may see; only the user themself or the platform writes the row.
drop policy if exists identity_user_visible on identity.users;
--> statement-breakpoint
create policy identity_user_visible on identity.users
  using (identity.rls_user_visible(id))
  with check (identity.rls_platform() or id = identity.rls_user_id());
--> statement-breakpoint
-- membership_projection (meander_tenant: the organization's rows): plus the user's own memberships everywhere.
drop policy if exists identity_own_rows on identity.membership_projection;
--> statement-breakpoint
create policy identity_own_rows on identity.membership_projection for select
  using (user_id = identity.rls_user_id());
--> statement-breakpoint
-- sessions (meander_tenant: sessions acting in the organization): plus the user's own sessions in every context;
-- restrictive: a session without organization (a global administrator's) is not shared with every tenant.
drop policy if exists identity_own_rows on identity.sessions;
--> statement-breakpoint
create policy identity_own_rows on identity.sessions
  using (user_id = identity.rls_user_id())
  with check (user_id = identity.rls_user_id());
--> statement-breakpoint
drop policy if exists identity_user_scope on identity.sessions;
--> statement-breakpoint
create policy identity_user_scope on identity.sessions as restrictive
  using (identity.rls_platform() or user_id = identity.rls_user_id() or organization_id = identity.rls_org_id())
  with check (identity.rls_platform() or user_id = identity.rls_user_id() or organization_id = identity.rls_org_id());
--> statement-breakpoint
-- refresh_tokens follow their session (the subquery is itself under the sessions policies).
drop policy if exists identity_session_rows on identity.refresh_tokens;
--> statement-breakpoint
create policy identity_session_rows on identity.refresh_tokens
  using (exists (select 1 from identity.sessions s where s.id = session_id))
  with check (exists (select 1 from identity.sessions s where s.id = session_id));
--> statement-breakpoint
-- Secrets and personal settings: the user themself, or the platform (sign-in flows).
drop policy if exists identity_own_rows on identity.password_credentials;
--> statement-breakpoint
create policy identity_own_rows on identity.password_credentials
  using (identity.rls_platform() or user_id = identity.rls_user_id())
  with check (identity.rls_platform() or user_id = identity.rls_user_id());
--> statement-breakpoint
drop policy if exists identity_own_rows on identity.user_identities;
--> statement-breakpoint
create policy identity_own_rows on identity.user_identities
  using (identity.rls_platform() or user_id = identity.rls_user_id())
  with check (identity.rls_platform() or user_id = identity.rls_user_id());
--> statement-breakpoint
drop policy if exists identity_own_rows on identity.user_settings;
--> statement-breakpoint
create policy identity_own_rows on identity.user_settings
  using (identity.rls_platform() or user_id = identity.rls_user_id())
  with check (identity.rls_platform() or user_id = identity.rls_user_id());
--> statement-breakpoint
drop policy if exists identity_own_rows on identity.device_tokens;
--> statement-breakpoint
create policy identity_own_rows on identity.device_tokens
  using (identity.rls_platform() or user_id = identity.rls_user_id())
  with check (identity.rls_platform() or user_id = identity.rls_user_id());
--> statement-breakpoint
-- The throttle of the caller's own address (changePassword); any address only for the platform (login).
drop policy if exists identity_own_rows on identity.login_throttle;
--> statement-breakpoint
create policy identity_own_rows on identity.login_throttle
  using (identity.rls_platform() or email = (select u.email from identity.users u where u.id = identity.rls_user_id()))
  with check (identity.rls_platform() or email = (select u.email from identity.users u where u.id = identity.rls_user_id()));
--> statement-breakpoint
-- Started OIDC logins: only the sign-in flows (platform).
drop policy if exists identity_platform_only on identity.oidc_states;
--> statement-breakpoint
create policy identity_platform_only on identity.oidc_states
  using (identity.rls_platform())
  with check (identity.rls_platform());
--> statement-breakpoint
-- Peer mentor profiles: read by whoever sees the user; written only by the mentor themself (or the platform).
drop policy if exists identity_user_visible on identity.peer_mentor_profiles;
--> statement-breakpoint
create policy identity_user_visible on identity.peer_mentor_profiles
  using (identity.rls_user_visible(user_id))
  with check (identity.rls_platform() or user_id = identity.rls_user_id());
--> statement-breakpoint
-- peer_mentor_status_log (meander_tenant: the organization's entries; _shared: a global administrator's): plus the
-- mentor's own entries from every organization; restrictive: never about a user the caller cannot see.
drop policy if exists identity_own_rows on identity.peer_mentor_status_log;
--> statement-breakpoint
create policy identity_own_rows on identity.peer_mentor_status_log for select
  using (user_id = identity.rls_user_id());
--> statement-breakpoint
drop policy if exists identity_user_scope on identity.peer_mentor_status_log;
--> statement-breakpoint
create policy identity_user_scope on identity.peer_mentor_status_log as restrictive
  using (identity.rls_user_visible(user_id))
  with check (identity.rls_user_visible(user_id));
