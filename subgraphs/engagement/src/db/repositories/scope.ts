/** The one tenant filter every engagement repository applies. */
import { eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { TenantScope } from "@meander/db";

/**
 * `scope` null: an anonymous caller, who sees nothing. organizationId null: a
 * platform-wide actor (global administrator, system job), who sees every
 * organization. Otherwise one organization's rows only.
 */
export function tenantFilter(column: PgColumn, scope: TenantScope | null): SQL | undefined {
  if (scope === null) return sql`false`;
  if (scope.organizationId === null) return undefined;
  return eq(column, scope.organizationId);
}
