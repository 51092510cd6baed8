/** The SQL side of the visibility model (scope.ts): one filter for every scoped repository. */
import { and, eq, inArray, or, sql, type Column, type SQL } from "drizzle-orm";
import type { Scope } from "./scope.js";

/** A row's columns that the model reads; a table leaves out what it does not have. */
export interface ScopedColumns {
  organization: Column;
  /** The row's local association: a column, or a test given the viewer's local associations (e.g. the person's membership). */
  localAssociation?: Column | ((localAssociationIds: readonly string[]) => SQL);
  /** The person the row belongs to (a mentor's claim, an enrollment). */
  owner?: Column;
}

/**
 * The filter of `scope` over a table (see `Reach`): an organization-wide row (neither local association nor owner)
 * is seen by everyone of the organization; a person's row by that person, by the coordinators of its local
 * association and by the organization's administrators. `undefined` = no limit (platform).
 */
export function scopedWhere(scope: Scope, columns: ScopedColumns): SQL | undefined {
  if (scope.reach === "none") return sql`false`;
  if (scope.reach === "platform") return undefined;
  if (scope.organizationId === null) return sql`false`;
  const organization = eq(columns.organization, scope.organizationId);
  if (scope.reach === "organization" || (!columns.localAssociation && !columns.owner)) return organization;
  const own = columns.owner && scope.viewerId ? eq(columns.owner, scope.viewerId) : undefined;
  const las = scope.localAssociationIds ?? [];
  const inLas = !columns.localAssociation
    ? undefined
    : las.length === 0
      ? sql`false`
      : typeof columns.localAssociation === "function"
        ? columns.localAssociation(las)
        : inArray(columns.localAssociation, [...las]);
  if (scope.reach === "local_associations") return and(organization, or(inLas, own) ?? sql`false`);
  // own: the viewer's rows; a table without an owner: their local associations' rows.
  if (columns.owner) return and(organization, own ?? sql`false`);
  return and(organization, inLas);
}
