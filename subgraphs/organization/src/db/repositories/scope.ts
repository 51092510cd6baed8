/**
 * How a repository is scoped. null: an anonymous caller, who sees nothing.
 * organizationId null: a global administrator or a system job, across organizations.
 * The organization tree (organizations, regions, local associations) is visible
 * to every member of the organization; memberships are further limited to a
 * coordinator's or mentor's local associations (see memberships.ts).
 */
import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { TenantScope } from "@meander/db";

export type Scope = TenantScope | null;

/** The organization filter for a table's organization column. */
export function inOrganization(scope: Scope, column: AnyColumn): SQL | undefined {
  if (scope === null) return sql`false`;
  if (scope.organizationId === null) return undefined;
  return eq(column, scope.organizationId);
}

/** A unique-constraint violation (SQLSTATE 23505), whether the driver error is wrapped by drizzle or not. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
