/**
 * People, as the visibility model (@meander/db README) decides who sees whom:
 * an organization administrator the members of their organization, a
 * coordinator or mentor the members of their local associations (a mentor's
 * rows are their own, but the people they work with are those of their local
 * association), everyone themself, a global administrator (platform) everyone,
 * an anonymous caller no one.
 */
import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { onlyUuids, type Executor, type Scope } from "@meander/db";
import { membershipProjection, users, type NewUserRow, type UserRow } from "../schema/index.js";

export function createUserRepository(db: Executor, scope: Scope) {
  // Correlated on the user (an index probe per row), not `id in (the organization's memberships)`: that form hashed
  // every membership of the organization on every call (17 ms for an organization of 5,000 mentors, measured).
  function visible(): SQL | undefined {
    if (scope.reach === "none") return sql`false`;
    if (scope.reach === "platform" || scope.organizationId === null) return undefined;
    const memberships = db
      .select({ one: sql`1` })
      .from(membershipProjection)
      .where(
        and(
          eq(membershipProjection.userId, users.id),
          eq(membershipProjection.organizationId, scope.organizationId),
          scope.reach === "organization"
            ? undefined
            : inArray(membershipProjection.localAssociationId, [...(scope.localAssociationIds ?? [])]),
        ),
      );
    return scope.viewerId ? or(eq(users.id, scope.viewerId), exists(memberships)) : exists(memberships);
  }

  return {
    async byIds(ids: readonly string[]): Promise<UserRow[]> {
      const valid = onlyUuids(ids);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(users)
        .where(and(inArray(users.id, valid), visible()));
    },
    async emailTaken(email: string): Promise<boolean> {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${email}`)
        .limit(1);
      return rows.length > 0;
    },
    async insert(row: NewUserRow): Promise<UserRow> {
      const [created] = await db.insert(users).values(row).returning();
      return created!;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;

/** One user by id, outside any viewer's scope: for identity's own use cases (tokens, sessions), never for answers. */
export async function userById(db: Executor, id: string): Promise<UserRow | null> {
  if (onlyUuids([id]).length === 0) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}
