/**
 * The one visibility model (issue 18 item 4): who sees whose rows, as one value that a repository takes at
 * construction and applies in every method through `scopedWhere` (scoped-where.ts). This file loads no driver and no
 * drizzle: @meander/auth and pure rules may use it. The reach of each role is decided once, in
 * @meander/auth's `scopeOf`; the rules are in this package's README ("Visibility").
 *
 * A `Scope` is also a `TenantScope` (organization and local associations), so the row-level-security settings of a
 * transaction are made from the same value: the SQL filter and the policies below it say the same thing.
 */
import type { TenantScope } from "./transaction.js";

/**
 * How far a viewer sees, narrowest first:
 * - `none`: nothing (an anonymous caller);
 * - `own`: their own rows, and the shared rows of their local associations (a peer mentor);
 * - `local_associations`: the rows of their local associations, and their own (a coordinator);
 * - `organization`: the whole organization (an organization administrator);
 * - `platform`: every organization (a global administrator, a system job).
 */
export type Reach = "none" | "own" | "local_associations" | "organization" | "platform";

export interface Scope extends TenantScope {
  reach: Reach;
  /** Whose "own" rows are: the caller; null for a system job or nobody. */
  viewerId: string | null;
  /** Null only for `platform` and `none`. */
  organizationId: string | null;
  /** The viewer's local associations (`own`, `local_associations`); unset: not limited. */
  localAssociationIds?: readonly string[];
}

/** Nobody: sees no row. Never open a transaction with it (as a TenantScope its null organization means the platform). */
export const NOBODY: Scope = Object.freeze({
  reach: "none",
  viewerId: null,
  organizationId: null,
  localAssociationIds: [],
}) as Scope;

export const scopes = {
  nobody: (): Scope => NOBODY,
  platform: (viewerId: string | null = null): Scope => ({ reach: "platform", viewerId, organizationId: null }),
  organization: (organizationId: string, viewerId: string | null = null): Scope => ({
    reach: "organization",
    viewerId,
    organizationId,
  }),
  localAssociations: (
    organizationId: string,
    localAssociationIds: readonly string[],
    viewerId: string | null,
  ): Scope => ({
    reach: "local_associations",
    viewerId,
    organizationId,
    localAssociationIds,
  }),
  own: (organizationId: string, viewerId: string, localAssociationIds: readonly string[] = []): Scope => ({
    reach: "own",
    viewerId,
    organizationId,
    localAssociationIds,
  }),
};

/** The same viewer limited to the organization's whole scope (a use case's lookup that is not an answer, e.g. a catalog). */
export function organizationOf(scope: Scope): Scope {
  if (scope.reach === "none" || scope.reach === "platform" || scope.organizationId === null) return scope;
  return scopes.organization(scope.organizationId, scope.viewerId);
}

/**
 * The same viewer over people's rows (memberships, names): a peer mentor sees the people of their local associations
 * as a coordinator does (the README's "People"); every other reach is unchanged.
 */
export function peopleOf(scope: Scope): Scope {
  return scope.reach === "own" ? { ...scope, reach: "local_associations" } : scope;
}

/**
 * Whether one row is in sight, by the same rule as `scopedWhere` (for a use case that holds the row already, e.g. to
 * answer FORBIDDEN rather than NOT_FOUND). Leave out what the row does not have (a catalog row: neither).
 */
export function sees(
  scope: Scope,
  row: { organizationId: string; localAssociationId?: string | null; ownerId?: string },
): boolean {
  if (scope.reach === "none") return false;
  if (scope.reach === "platform") return true;
  if (scope.organizationId === null || row.organizationId !== scope.organizationId) return false;
  const hasLa = row.localAssociationId !== undefined;
  const hasOwner = row.ownerId !== undefined;
  if (scope.reach === "organization" || (!hasLa && !hasOwner)) return true;
  const own = hasOwner && scope.viewerId !== null && row.ownerId === scope.viewerId;
  const inLas =
    hasLa && row.localAssociationId !== null && (scope.localAssociationIds ?? []).includes(row.localAssociationId!);
  if (scope.reach === "local_associations") return own || inLas;
  return hasOwner ? own : inLas;
}

/** The organization a scope writes in (an organization's own rows: references, settings); a programming error without one. */
export function organizationIdOf(scope: Scope): string {
  if (scope.organizationId === null) throw new Error(`a ${scope.reach} scope writes in no organization`);
  return scope.organizationId;
}

/**
 * The organization a write goes to, checked against the repository's scope by the rule `scopedWhere` applies to its
 * reads: a row outside it is a programming error (the use case names the scope it writes in), never written.
 */
export function writableIn(scope: Scope, organizationId: string, what = "rows"): string {
  if (!sees(scope, { organizationId }))
    throw new Error(`${what}: a ${scope.reach} scope does not write in organization ${organizationId}`);
  return organizationId;
}
