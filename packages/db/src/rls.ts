/**
 * Row-level security (issue #10 item 2). Every table of a subgraph schema
 * that has an `organization_id` column gets RLS enabled and FORCEd and one
 * policy, `meander_tenant`: a row is visible when its organization is the
 * transaction's `app.org_id`, or when the transaction declared the platform
 * scope (`app.scope = 'platform'`: workers, global administrators). With
 * nothing set, a tenant table shows nothing. A nullable organization_id
 * (platform-wide defaults) is readable by every tenant but writable only by
 * the platform (a second, SELECT-only policy). The event outbox accepts any
 * insert (platform-wide events have no organization); reading it stays scoped.
 *
 * The SQL is idempotent: each subgraph's custom migration runs it, and
 * runMigrations runs it again after migrating, so tables added by later
 * migrations are covered without anyone remembering.
 */
import { sql } from "drizzle-orm";
import type { Db } from "./connect.js";
import { isUuid } from "./ids.js";
import { localAssociationSetting, SCOPE_FUNCTIONS } from "./local-association.js";
import type { Scope } from "./scope.js";
import type { TenantScope, Tx } from "./transaction.js";

/** The role requests run as: not the owner of any table, NOBYPASSRLS. */
export const APP_ROLE = "meander_app";
/** The policy every tenant table carries. */
export const TENANT_POLICY = "meander_tenant";

/**
 * The services log in as this role (DATABASE_URL), so it may log in; it gets no password here: under password
 * authentication nobody can use it until the operator sets one (`alter role meander_app password ...`, see the
 * README). A role made by an older migration without LOGIN gets it, if the migrating role may grant it.
 */
const CREATE_ROLE = `do $$ begin
  if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
    create role ${APP_ROLE} login nobypassrls;
  elsif not (select rolcanlogin from pg_roles where rolname = '${APP_ROLE}') then
    alter role ${APP_ROLE} login;
  end if;
exception when duplicate_object or unique_violation or insufficient_privilege then null;
end $$`;

const CREATE_FUNCTION = `create or replace function public.meander_secure_tenant_tables(target_schema text) returns integer
language plpgsql as $fn$
declare
  t record;
  secured integer := 0;
  tenant text := format('nullif(current_setting(%L, true), %L)', 'app.org_id', '');
  platform text := format('current_setting(%L, true) = %L', 'app.scope', 'platform');
begin
  execute format('grant usage on schema %I to ${APP_ROLE}', target_schema);
  execute format('grant select, insert, update, delete on all tables in schema %I to ${APP_ROLE}', target_schema);
  execute format('grant usage, select, update on all sequences in schema %I to ${APP_ROLE}', target_schema);
  execute format('grant execute on all functions in schema %I to ${APP_ROLE}', target_schema);
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
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = '${TENANT_POLICY}') then
      execute format('create policy ${TENANT_POLICY} on %I.%I using (organization_id = %s::%s or %s) with check (organization_id = %s::%s or %s)',
        target_schema, t.relname, tenant, t.coltype, platform, tenant, t.coltype, platform);
    end if;
    if t.nullable and not exists (select 1 from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = '${TENANT_POLICY}_shared') then
      execute format('create policy ${TENANT_POLICY}_shared on %I.%I for select using (organization_id is null)', target_schema, t.relname);
    end if;
    -- The outbox takes any use case's events, platform-wide ones (no organization) included; reading it stays scoped.
    if t.relname = 'outbox' and not exists (select 1 from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = target_schema and c.relname = t.relname and p.polname = '${TENANT_POLICY}_events') then
      execute format('create policy ${TENANT_POLICY}_events on %I.%I for insert with check (true)', target_schema, t.relname);
    end if;
    secured := secured + 1;
  end loop;
  return secured;
end $fn$`;

/**
 * The statements of a subgraph's custom migration (`drizzle-kit generate --custom --name tenant_rls`),
 * joined with drizzle's statement breakpoints; see rlsMigrationSql().
 */
export function rlsStatements(schema: string): string[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  return [CREATE_ROLE, CREATE_FUNCTION, ...SCOPE_FUNCTIONS, `select public.meander_secure_tenant_tables('${schema}')`];
}

export function rlsMigrationSql(schema: string): string {
  return rlsStatements(schema).join(";\n--> statement-breakpoint\n") + ";\n";
}

/** Applies the role, the function and the policies to `schema` (idempotent; run after every migration). */
export async function secureTenantTables(db: Db, schema: string): Promise<void> {
  // Six services migrating one database at once would race on `create or replace function` ("tuple concurrently
  // updated"): one at a time, under a transaction-scoped advisory lock.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('meander.secure_tenant_tables'))`);
    for (const statement of rlsStatements(schema)) await tx.execute(sql.raw(statement));
  });
}

/**
 * The row-level-security settings of a transaction (not a second visibility model: make it from a `Scope` with
 * `rlsScopeOf`): one organization (RLS filters), the platform (sees all), or nobody (sees nothing); `userId`
 * (app.user_id) is the caller, for policies that also admit a person's own rows.
 */
export type RlsScope = ({ kind: "tenant"; tenant: TenantScope } | { kind: "platform" } | { kind: "none" }) & {
  userId?: string | null;
};

/** The settings a transaction runs under for `scope`: its organization and local associations, and its viewer. */
export function rlsScopeOf(scope: Scope): RlsScope {
  if (scope.reach === "none") return { kind: "none", userId: scope.viewerId };
  if (scope.reach === "platform") return { kind: "platform", userId: scope.viewerId };
  return { kind: "tenant", tenant: scope, userId: scope.viewerId };
}

/**
 * Opens a transaction that runs as the application role with the scope set
 * transaction-locally: the same on PostgreSQL and on PGlite (a superuser,
 * hence SET LOCAL ROLE). Nested db.transaction() calls on the returned tx are
 * savepoints, so use cases keep their own atomicity.
 */
export async function inScopedTransaction<T>(db: Db, scope: RlsScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await applyScope(tx, scope);
    return fn(tx);
  });
}

/**
 * One statement, one round trip: the scope's settings and the role, all transaction-local
 * (`set_config('role', ..., true)` is SET LOCAL ROLE, with the same membership check).
 */
export async function applyScope(tx: Tx, scope: RlsScope): Promise<void> {
  const org = scope.kind === "tenant" ? (scope.tenant.organizationId ?? "") : "";
  const las = scope.kind === "tenant" ? localAssociationSetting(scope.tenant.localAssociationIds) : "";
  const user = scope.userId && isUuid(scope.userId) ? scope.userId : "";
  await tx.execute(
    sql`select set_config('app.org_id', ${org}, true),
               set_config('app.local_association_ids', ${las}, true),
               set_config('app.user_id', ${user}, true),
               set_config('app.scope', ${scope.kind === "platform" ? "platform" : ""}, true),
               set_config('role', ${APP_ROLE}, true)`,
  );
}
