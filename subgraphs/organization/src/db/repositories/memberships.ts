/**
 * Memberships, as far as the caller may see them: an organization administrator
 * sees every membership in their organization, a coordinator or mentor those in
 * their own local associations plus their own, and only a global administrator
 * (organizationId null) sees across organizations.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor, type TenantScope } from "@meander/db";
import { organizationMemberships as m, type MembershipRow, type NewMembershipRow } from "../schema/index.js";

export interface MembershipScope extends TenantScope {
  viewerId: string | null;
}

/** `scope` null: an anonymous caller, who sees nothing. */
export function createMembershipRepository(db: Executor, scope: MembershipScope | null) {
  function visible(): SQL | undefined {
    if (scope === null) return sql`false`;
    if (scope.organizationId === null) return undefined;
    const inOrg = eq(m.organizationId, scope.organizationId);
    if (!scope.localAssociationIds) return inOrg;
    const own = scope.viewerId ? eq(m.userId, scope.viewerId) : undefined;
    const units = scope.localAssociationIds.length > 0 ? inArray(m.localAssociationId, [...scope.localAssociationIds]) : undefined;
    return and(inOrg, or(own, units) ?? sql`false`);
  }

  return {
    async ofUsers(userIds: readonly string[]): Promise<MembershipRow[]> {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(m)
        .where(and(inArray(m.userId, [...userIds]), visible()))
        .orderBy(asc(m.joinedAt), asc(m.id));
    },
    /**
     * Every membership of one user, in any organization, for the membership
     * rules (single_organization_tree, membership_limit, primary_membership).
     * Deliberately unscoped: only use cases call it, inside their transaction,
     * and they reveal no more than which rule failed.
     */
    async everyMembershipOf(userId: string): Promise<MembershipRow[]> {
      return db.select().from(m).where(eq(m.userId, userId));
    },
    /** Serializes membership changes of one user until the transaction ends (limit and primary checks stay true). */
    async lockUser(userId: string): Promise<void> {
      await queryRows(db, sql`select pg_advisory_xact_lock(hashtext('organization.membership'), hashtext(${userId}))`);
    },
    async unsetPrimary(userId: string): Promise<void> {
      await db.update(m).set({ isPrimary: false }).where(and(eq(m.userId, userId), eq(m.isPrimary, true)));
    },
    async insert(row: NewMembershipRow): Promise<MembershipRow> {
      const [created] = await db.insert(m).values(row).returning();
      return created!;
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
