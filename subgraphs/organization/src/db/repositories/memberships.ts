/**
 * Memberships, as far as the caller may see them: an organization administrator
 * sees every membership in their organization, a coordinator or mentor those in
 * their own local associations plus their own (a membership names a person, and
 * a mentor sees the people they work with: the visibility model's "People"), and
 * only the platform scope sees across organizations. The membership rules judge a
 * user's memberships in every organization: their use cases name the platform scope.
 */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import { writableIn, peopleOf, queryRows, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  organizationMemberships as m,
  type MembershipRoleValue,
  type MembershipRow,
  type NewMembershipRow,
} from "../schema/index.js";

export type { MembershipRoleValue, MembershipRow } from "../schema/index.js";

export type MembershipKey = [role: MembershipRoleValue, id: string];

export function createMembershipRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined =>
    scopedWhere(peopleOf(scope), {
      organization: m.organizationId,
      localAssociation: m.localAssociationId,
      owner: m.userId,
    });

  return {
    async byIds(ids: readonly string[]): Promise<MembershipRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(m)
        .where(and(inArray(m.id, [...ids]), visible()));
    },
    /** The members of one unit, keyset-paginated by (role, id): role in the enum's order. */
    async ofUnit(p: {
      localAssociationId: string;
      roles: readonly MembershipRoleValue[] | null;
      userId: string | null;
      after: MembershipKey | null;
      limit: number;
    }): Promise<MembershipRow[]> {
      return db
        .select()
        .from(m)
        .where(
          and(
            eq(m.localAssociationId, p.localAssociationId),
            visible(),
            p.roles ? (p.roles.length > 0 ? inArray(m.role, [...p.roles]) : sql`false`) : undefined,
            p.userId ? eq(m.userId, p.userId) : undefined,
            p.after ? or(gt(m.role, p.after[0]), and(eq(m.role, p.after[0]), gt(m.id, p.after[1]))) : undefined,
          ),
        )
        .orderBy(asc(m.role), asc(m.id))
        .limit(p.limit);
    },
    /** Whether the user has a membership the scope sees (in an organization's scope: is one of its members). */
    async includes(userId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: m.id })
        .from(m)
        .where(and(eq(m.userId, userId), visible()))
        .limit(1);
      return Boolean(row);
    },
    async ofUsers(userIds: readonly string[]): Promise<MembershipRow[]> {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(m)
        .where(and(inArray(m.userId, [...userIds]), visible()))
        .orderBy(asc(m.joinedAt), asc(m.id));
    },
    /**
     * Every membership of one user the scope sees: with the platform scope, in any organization, for the membership
     * rules (single_organization_tree, membership_limit, primary_membership; their use cases reveal no more than
     * which rule failed); with an organization's, its own (a subject access export).
     */
    async everyMembershipOf(userId: string): Promise<MembershipRow[]> {
      return db
        .select()
        .from(m)
        .where(and(eq(m.userId, userId), visible()));
    },
    /** Serializes membership changes of one user until the transaction ends (limit and primary checks stay true). */
    async lockUser(userId: string): Promise<void> {
      await queryRows(db, sql`select pg_advisory_xact_lock(hashtext('organization.membership'), hashtext(${userId}))`);
    },
    /** Unsets the user's primary membership; returns its id (null: none was primary). */
    async unsetPrimary(userId: string): Promise<string | null> {
      const rows = await db
        .update(m)
        .set({ isPrimary: false })
        .where(and(eq(m.userId, userId), eq(m.isPrimary, true), visible()))
        .returning({ id: m.id });
      return rows[0]?.id ?? null;
    },
    /** One membership by id the scope sees (with the platform's, any: use cases decide who may act on it). */
    async anyById(id: string): Promise<MembershipRow | undefined> {
      const [row] = await db
        .select()
        .from(m)
        .where(and(eq(m.id, id), visible()));
      return row;
    },
    async markPrimary(id: string): Promise<MembershipRow> {
      const [row] = await db
        .update(m)
        .set({ isPrimary: true })
        .where(and(eq(m.id, id), visible()))
        .returning();
      return row!;
    },
    /** The user's earliest remaining membership becomes primary (after the primary one was removed). */
    async promoteEarliest(userId: string): Promise<{ id: string; localAssociationId: string } | null> {
      const rows = await queryRows<{ id: string; local_association_id: string }>(
        db,
        sql`update ${m} set is_primary = true where id = (select id from ${m} where user_id = ${userId} and ${visible() ?? sql`true`} order by joined_at, id limit 1) returning id, local_association_id`,
      );
      return rows[0] ? { id: rows[0].id, localAssociationId: rows[0].local_association_id } : null;
    },
    async delete(id: string): Promise<void> {
      await db.delete(m).where(and(eq(m.id, id), visible()));
    },
    async insert(row: NewMembershipRow): Promise<MembershipRow> {
      writableIn(scope, row.organizationId, "membership");
      const [created] = await db.insert(m).values(row).returning();
      return created!;
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
