/**
 * Password hashes (the user's own rows) and the per-address sign-in throttle (the platform's, or the signed-in
 * user's own address: `changePassword`).
 */
import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { loginThrottle, passwordCredentials, users, type UserRow } from "../schema/index.js";
import type { ThrottleState } from "../../domain/throttle.js";
import { outOfScope, ownRows, peopleWhere, reachesUser } from "./scope.js";

export function createCredentialRepository(db: Executor, scope: Scope) {
  const own = () => ownRows(scope, passwordCredentials.userId);
  return {
    /** The user with this (normalized) address, and their password hash if they have one. */
    async userByEmail(email: string): Promise<(UserRow & { passwordHash: string | null }) | null> {
      const [row] = await db
        .select({ user: users, passwordHash: passwordCredentials.hash })
        .from(users)
        .leftJoin(passwordCredentials, and(eq(passwordCredentials.userId, users.id), own()))
        .where(and(sql`lower(${users.email}) = ${email}`, peopleWhere(db, scope, users.id)))
        .limit(1);
      return row ? { ...row.user, passwordHash: row.passwordHash } : null;
    },
    async passwordHash(userId: string): Promise<string | null> {
      const [row] = await db
        .select({ hash: passwordCredentials.hash })
        .from(passwordCredentials)
        .where(and(eq(passwordCredentials.userId, userId), own()));
      return row?.hash ?? null;
    },
    async setPasswordHash(userId: string, hash: string): Promise<void> {
      if (!reachesUser(scope, userId)) throw outOfScope(`the password of ${userId}`, scope);
      await db
        .insert(passwordCredentials)
        .values({ userId, hash })
        .onConflictDoUpdate({ target: passwordCredentials.userId, set: { hash, updatedAt: sql`now()` } });
    },
  };
}

export function createThrottleRepository(db: Executor, scope: Scope) {
  // The platform's every address; a signed-in user's their own (the row-level-security policy's rule).
  const visible = (): SQL | undefined => {
    if (scope.reach === "platform") return undefined;
    if (!scope.viewerId) return sql`false`;
    return exists(
      db
        .select({ one: sql`1` })
        .from(users)
        .where(and(eq(users.id, scope.viewerId), sql`lower(${users.email}) = ${loginThrottle.email}`)),
    );
  };
  return {
    /** The address's throttle row, locked for this transaction (attempts on one address run one at a time). */
    async lock(email: string): Promise<ThrottleState> {
      await db.insert(loginThrottle).values({ email }).onConflictDoNothing();
      const [row] = await db
        .select()
        .from(loginThrottle)
        .where(and(eq(loginThrottle.email, email), visible()))
        .for("update");
      if (!row) throw outOfScope(`the sign-in throttle of an address`, scope);
      return row;
    },
    async save(email: string, state: ThrottleState): Promise<void> {
      await db
        .update(loginThrottle)
        .set(state)
        .where(and(eq(loginThrottle.email, email), visible()));
    },
  };
}
