-- Hand-written (drizzle-kit does not write RLS): row-level security for identity's key tables (issue 24 item 1).
-- organization_data_keys and subject_data_keys carry meander_tenant (0003, re-applied by runMigrations); a user's keys
-- sit under the user key scope (organization id 00000000-0000-0000-0000-000000000000, application/subject-keys.ts),
-- which no request has as app.org_id, so the policies here open what a request needs. Idempotent.
-- The scope's data key: every request may read it and create it once (it is wrapped: useless without the master key).
drop policy if exists identity_user_keys on identity.organization_data_keys;
--> statement-breakpoint
create policy identity_user_keys on identity.organization_data_keys
  using (organization_id = '00000000-0000-0000-0000-000000000000'::uuid)
  with check (organization_id = '00000000-0000-0000-0000-000000000000'::uuid);
--> statement-breakpoint
-- A user's key: read by whoever sees the user (to read their profile), created by the user themself or the platform;
-- destroyed (erasure) by the platform only.
drop policy if exists identity_user_keys on identity.subject_data_keys;
--> statement-breakpoint
create policy identity_user_keys on identity.subject_data_keys
  using (organization_id = '00000000-0000-0000-0000-000000000000'::uuid and identity.rls_user_visible(subject_id))
  with check (organization_id = '00000000-0000-0000-0000-000000000000'::uuid and (identity.rls_platform() or subject_id = identity.rls_user_id()));
--> statement-breakpoint
alter table identity.subject_key_migration enable row level security;
--> statement-breakpoint
alter table identity.subject_key_migration force row level security;
--> statement-breakpoint
-- The migration's position: the background job only (platform).
drop policy if exists identity_platform_only on identity.subject_key_migration;
--> statement-breakpoint
create policy identity_platform_only on identity.subject_key_migration
  using (identity.rls_platform())
  with check (identity.rls_platform());
