/**
 * The membership projection (fed by organization.membership.added): who belongs to which local association. A
 * membership is a person's row of a local association; the scope given at construction applies to every method
 * (a use case checking a mentor's membership reads it at the organization's scope, `organizationOf`).
 */
import { and, inArray } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { membershipProjection, type MembershipRow } from "../schema/index.js";
import { assertInScope, membershipFilter } from "./scope.js";

export function createMembershipRepository(db: Executor, scope: Scope) {
  const visible = () => membershipFilter(scope);
  const repo = {
    async add(row: MembershipRow): Promise<void> {
      assertInScope(scope, row);
      await db.insert(membershipProjection).values(row).onConflictDoNothing();
    },
    /** The user's memberships in the scope. */
    async ofUser(userId: string): Promise<MembershipRow[]> {
      return repo.ofUsers([userId]);
    },
    /** The memberships of several users in the scope (one query for a whole bulk). */
    async ofUsers(userIds: readonly string[]): Promise<MembershipRow[]> {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(membershipProjection)
        .where(and(inArray(membershipProjection.userId, [...userIds]), visible()));
    },
  };
  return repo;
}
