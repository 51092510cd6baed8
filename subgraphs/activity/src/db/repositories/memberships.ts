/** The membership projection (fed by organization.membership.added): who belongs to which local association. */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { membershipProjection, type MembershipRow } from "../schema/index.js";

export function createMembershipRepository(db: Executor) {
  return {
    async add(row: MembershipRow): Promise<void> {
      await db.insert(membershipProjection).values(row).onConflictDoNothing();
    },
    /** The user's memberships in one organization. */
    async ofUser(userId: string, organizationId: string): Promise<MembershipRow[]> {
      return db
        .select()
        .from(membershipProjection)
        .where(and(eq(membershipProjection.userId, userId), eq(membershipProjection.organizationId, organizationId)));
    },
    /** The memberships of several users in one organization (one query for a whole bulk). */
    async ofUsers(userIds: readonly string[], organizationId: string): Promise<MembershipRow[]> {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(membershipProjection)
        .where(
          and(
            inArray(membershipProjection.userId, [...userIds]),
            eq(membershipProjection.organizationId, organizationId),
          ),
        );
    },
  };
}
