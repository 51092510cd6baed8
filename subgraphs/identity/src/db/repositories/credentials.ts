/** Password hashes and the per-address sign-in throttle. */
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { loginThrottle, passwordCredentials, users, type UserRow } from "../schema/index.js";
import type { ThrottleState } from "../../domain/throttle.js";

export function createCredentialRepository(db: Executor) {
  return {
    async userByEmail(email: string): Promise<(UserRow & { passwordHash: string | null }) | null> {
      const [row] = await db
        .select({ user: users, passwordHash: passwordCredentials.hash })
        .from(users)
        .leftJoin(passwordCredentials, eq(passwordCredentials.userId, users.id))
        .where(sql`lower(${users.email}) = ${email}`)
        .limit(1);
      return row ? { ...row.user, passwordHash: row.passwordHash } : null;
    },
    async passwordHash(userId: string): Promise<string | null> {
      const [row] = await db
        .select({ hash: passwordCredentials.hash })
        .from(passwordCredentials)
        .where(eq(passwordCredentials.userId, userId));
      return row?.hash ?? null;
    },
    async setPasswordHash(userId: string, hash: string): Promise<void> {
      await db
        .insert(passwordCredentials)
        .values({ userId, hash })
        .onConflictDoUpdate({ target: passwordCredentials.userId, set: { hash, updatedAt: sql`now()` } });
    },
    /** The address's throttle row, locked for this transaction (attempts on one address run one at a time). */
    async lockThrottle(email: string): Promise<ThrottleState> {
      await db.insert(loginThrottle).values({ email }).onConflictDoNothing();
      const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.email, email)).for("update");
      return row!;
    },
    async saveThrottle(email: string, state: ThrottleState): Promise<void> {
      await db.update(loginThrottle).set(state).where(eq(loginThrottle.email, email));
    },
  };
}
