/** Turns a caller's visibility (domain/actor.ts) into a SQL filter on any tenant table. */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ActivityVisibility } from "../../domain/actor.js";

export interface TenantColumns {
  organizationId: PgColumn;
  localAssociationId?: PgColumn;
  ownerId?: PgColumn;
}

/** `scope` null: an anonymous caller, who sees nothing. */
export function visibleWhere(scope: ActivityVisibility | null, cols: TenantColumns): SQL | undefined {
  if (scope === null) return sql`false`;
  const filters: Array<SQL | undefined> = [];
  if (scope.organizationId !== null) filters.push(eq(cols.organizationId, scope.organizationId));
  if (scope.localAssociationIds && cols.localAssociationId) {
    filters.push(
      scope.localAssociationIds.length > 0
        ? inArray(cols.localAssociationId, [...scope.localAssociationIds])
        : sql`false`,
    );
  }
  if (scope.ownerId && cols.ownerId) filters.push(eq(cols.ownerId, scope.ownerId));
  return and(...filters);
}
