/**
 * Started OIDC logins (the platform's only: a login not yet anyone's) and linked external identities (a user's own
 * rows, ./scope.ts).
 */
import { and, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { oidcStates, userIdentities } from "../schema/index.js";
import { outOfScope, ownRows, reachesUser } from "./scope.js";

export type OidcStateRow = typeof oidcStates.$inferSelect;
export type UserIdentityRow = typeof userIdentities.$inferSelect;

export function createOidcRepository(db: Executor, scope: Scope) {
  const states = (): SQL | undefined => (scope.reach === "platform" ? undefined : sql`false`);
  const linked = () => ownRows(scope, userIdentities.userId);
  return {
    async saveState(row: typeof oidcStates.$inferInsert, now: Date): Promise<void> {
      if (scope.reach !== "platform") throw outOfScope("a started sign-in", scope);
      await db.delete(oidcStates).where(lt(oidcStates.expiresAt, now));
      await db.insert(oidcStates).values(row);
    },
    /** Single use: the state row is deleted by the call that reads it. */
    async takeState(provider: string, state: string): Promise<OidcStateRow | null> {
      const [row] = await db
        .delete(oidcStates)
        .where(and(eq(oidcStates.state, state), eq(oidcStates.provider, provider), states()))
        .returning();
      return row ?? null;
    },
    async linkedUser(provider: string, subject: string): Promise<string | null> {
      const [row] = await db
        .select({ userId: userIdentities.userId })
        .from(userIdentities)
        .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject), linked()));
      return row?.userId ?? null;
    },
    async identitiesOf(userId: string): Promise<UserIdentityRow[]> {
      return db
        .select()
        .from(userIdentities)
        .where(and(eq(userIdentities.userId, userId), linked()));
    },
    async link(provider: string, subject: string, userId: string): Promise<void> {
      if (!reachesUser(scope, userId)) throw outOfScope(`a sign-in link of ${userId}`, scope);
      await db.insert(userIdentities).values({ provider, subject, userId }).onConflictDoNothing();
    },
  };
}
