/**
 * Local-association scope on top of the organization's (see rls.ts). The functions are created by every subgraph's
 * secureTenantTables run and by the custom migrations that add the policies.
 */
/** What an empty list of local associations is sent as: it matches no row (an unset list means "not limited"). */
export const NO_LOCAL_ASSOCIATION = "00000000-0000-0000-0000-000000000000";

/** The transaction's local associations as the setting holds them: undefined = not limited, [] = none. */
export function localAssociationSetting(ids: readonly string[] | undefined): string {
  if (ids === undefined) return "";
  return ids.length > 0 ? ids.join(",") : NO_LOCAL_ASSOCIATION;
}

/**
 * Local-association scope (issue #10 item 2, "and local association where the role needs it"). Coordinators and
 * peer mentors act within their local associations (app.local_association_ids, set per transaction); a table whose
 * use cases limit them so carries a RESTRICTIVE policy `meander_local_association` on top of `meander_tenant`:
 * `public.meander_la_allows(local_association_id)` (platform, not limited, no local association, or one of the
 * list), or'ed with what else the table's readers may see (their own rows: `public.meander_user_id()`).
 * `public.meander_enter_scope` is how a use case inside a request states its scope: it can only narrow what the
 * request's transaction sees (same organization, local associations intersected), never widen it.
 */
export const SCOPE_FUNCTIONS = [
  `create or replace function public.meander_la_allows(la uuid) returns boolean language sql stable as $$
  select coalesce(current_setting('app.scope', true) = 'platform', false)
      or nullif(current_setting('app.local_association_ids', true), '') is null
      or la is null
      or la = any (string_to_array(current_setting('app.local_association_ids', true), ',')::uuid[])
$$`,
  `create or replace function public.meander_user_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.user_id', true), '')::uuid
$$`,
  // Returns the request's settings, and whether they changed (if not, there is nothing to put back).
  `create or replace function public.meander_enter_scope(new_org text, new_las text, out prev_org text, out prev_las text, out changed boolean)
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
        select coalesce(string_agg(x, ','), '${NO_LOCAL_ASSOCIATION}') into las
        from unnest(string_to_array(new_las, ',')) as x where x = any (string_to_array(prev_las, ','));
      end if;
    end if;
  end if;
  changed := org is distinct from prev_org or las is distinct from prev_las;
  if changed then
    perform set_config('app.org_id', org, true), set_config('app.local_association_ids', las, true);
  end if;
end $fn$`,
];

/** One table's local-association policy: its column, plus an SQL condition that also admits a row (or none). */
export interface LocalAssociationRule {
  table: string;
  orAlso?: string;
}

/**
 * The statements of a subgraph's custom migration for its local-association policies (idempotent: drop, create).
 * `follows`: tables without the column whose rows follow a parent's visibility, e.g.
 * `{ table: "contact_notes", condition: "exists (select 1 from activity.contacts c where c.id = contact_id)" }`.
 */
export function localAssociationStatements(
  schema: string,
  rules: readonly LocalAssociationRule[],
  follows: ReadonlyArray<{ table: string; condition: string }> = [],
): string[] {
  const out = [...SCOPE_FUNCTIONS];
  const policy = (table: string, condition: string) => [
    `drop policy if exists meander_local_association on ${schema}.${table}`,
    `create policy meander_local_association on ${schema}.${table} as restrictive using (${condition}) with check (${condition})`,
  ];
  for (const r of rules) {
    out.push(...policy(r.table, `public.meander_la_allows(local_association_id)${r.orAlso ? ` or ${r.orAlso}` : ""}`));
  }
  for (const f of follows)
    out.push(...policy(f.table, `coalesce(current_setting('app.scope', true) = 'platform', false) or ${f.condition}`));
  return out;
}

export function localAssociationMigrationSql(...args: Parameters<typeof localAssociationStatements>): string {
  return localAssociationStatements(...args).join(";\n--> statement-breakpoint\n") + ";\n";
}
