/**
 * The visibility model (@meander/db `Scope`, `scopedWhere`) over identity's tables, in one place. Identity's rows are
 * of two kinds:
 * - people (users, peer mentor profiles, status entries): a user has no organization column, so who sees them is
 *   said through the membership projection: the people the scope sees there (`peopleOf(scope)`: an organization's
 *   administrators its members, a coordinator or mentor the members of their local associations), plus the viewer
 *   themself (an administrator has no membership where they act);
 * - a person's own account rows (credentials, settings, push tokens, linked identities, memberships, sessions):
 *   the person themself, and the platform; memberships and sessions are also the organization's (`scopedWhere`).
 * The same rules are the row-level-security policies beneath (migration 0004).
 */
import { and, eq, exists, or, sql, type Column, type SQL } from "drizzle-orm";
import { peopleOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import { membershipProjection } from "../schema/index.js";

/**
 * This one user, across organizations: their own account rows, nothing of any organization. For the flows that act
 * for a user they have identified (a session opened, the caller's own sessions, settings, password, an access
 * export). Only for a repository: never open a transaction with it (as a TenantScope its missing organization
 * means the platform).
 */
export function selfScope(userId: string): Scope {
  return { reach: "own", viewerId: userId, organizationId: null, localAssociationIds: [] };
}

/** The viewer's own rows of a user-keyed table; the platform sees every row. */
export function ownRows(scope: Scope, user: Column): SQL | undefined {
  if (scope.reach === "platform") return undefined;
  return scope.viewerId ? eq(user, scope.viewerId) : sql`false`;
}

/**
 * The people `scope` sees (the person in `person`): the viewer themself, and those with a membership the scope sees.
 * Correlated on the person (an index probe per row), not `id in (the organization's memberships)`: that form hashed
 * every membership of the organization on every call (17 ms for an organization of 5,000 mentors, measured).
 */
export function peopleWhere(db: Executor, scope: Scope, person: Column): SQL | undefined {
  const inScope = scopedWhere(peopleOf(scope), {
    organization: membershipProjection.organizationId,
    localAssociation: membershipProjection.localAssociationId,
  });
  if (inScope === undefined) return undefined;
  const memberships = db
    .select({ one: sql`1` })
    .from(membershipProjection)
    .where(and(eq(membershipProjection.userId, person), inScope));
  return scope.viewerId ? or(eq(person, scope.viewerId), exists(memberships)) : exists(memberships);
}

/** Whether a write for `userId` is the scope's to make (the platform, or the user themself). */
export function reachesUser(scope: Scope, userId: string): boolean {
  return scope.reach === "platform" || scope.viewerId === userId;
}

/** A write outside the repository's scope is a programming error, never a user's. */
export function outOfScope(what: string, scope: Scope): Error {
  return new Error(`${what} is outside the ${scope.reach} scope of ${scope.viewerId ?? "no viewer"}`);
}
