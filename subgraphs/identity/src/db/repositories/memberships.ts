/**
 * The membership projection: a person's own memberships in every organization (their token contexts), and the
 * memberships the scope sees as people's rows (`peopleOf`: an organization's administrators its members, a
 * coordinator or mentor their local associations').
 */
import { and, asc, eq, or, sql, type SQL } from "drizzle-orm";
import { isUuid, onlyUuids, peopleOf, scopedWhere, writableIn, type Executor, type Scope } from "@meander/db";
import { membershipProjection as m, type MembershipRow } from "../schema/index.js";
import { ownRows } from "./scope.js";

export type { MembershipRow } from "../schema/index.js";

export function createMembershipRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => {
    const own = ownRows(scope, m.userId);
    const people = scopedWhere(peopleOf(scope), {
      organization: m.organizationId,
      localAssociation: m.localAssociationId,
    });
    return own === undefined || people === undefined ? undefined : or(own, people);
  };

  return {
    async ofUser(userId: string): Promise<MembershipRow[]> {
      return db
        .select()
        .from(m)
        .where(and(eq(m.userId, userId), visible()))
        .orderBy(asc(m.membershipId));
    },
    async held(userId: string, membershipId: string): Promise<MembershipRow | null> {
      if (!isUuid(membershipId)) return null;
      const [row] = await db
        .select()
        .from(m)
        .where(and(eq(m.userId, userId), eq(m.membershipId, membershipId), visible()));
      return row ?? null;
    },
    /** Whether the user holds a membership the scope sees (in `role`, when given). */
    async holds(userId: string, role?: string): Promise<boolean> {
      if (onlyUuids([userId]).length === 0) return false;
      const rows = await db
        .select({ id: m.membershipId })
        .from(m)
        .where(and(eq(m.userId, userId), role ? eq(m.role, role) : undefined, visible()))
        .limit(1);
      return rows.length > 0;
    },
    /** The projection of organization.membership.added (idempotent). */
    async add(row: typeof m.$inferInsert): Promise<void> {
      writableIn(scope, row.organizationId, "a membership");
      await db.insert(m).values(row).onConflictDoNothing();
    },
    /** One primary per user among the memberships the scope sees: the named one becomes it, the others stop being it. */
    async setPrimary(userId: string, membershipId: string): Promise<void> {
      await db
        .update(m)
        .set({ isPrimary: sql`${m.membershipId} = ${membershipId}` })
        .where(and(eq(m.userId, userId), visible()));
    },
    async remove(membershipId: string, userId: string): Promise<void> {
      await db.delete(m).where(and(eq(m.membershipId, membershipId), eq(m.userId, userId), visible()));
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
