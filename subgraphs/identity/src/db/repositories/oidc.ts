/** Started OIDC logins and linked external identities. */
import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { oidcStates, userIdentities } from "../schema/index.js";

export type OidcStateRow = typeof oidcStates.$inferSelect;

export function createOidcRepository(db: Executor) {
  return {
    async saveState(row: typeof oidcStates.$inferInsert, now: Date): Promise<void> {
      await db.delete(oidcStates).where(lt(oidcStates.expiresAt, now));
      await db.insert(oidcStates).values(row);
    },
    /** Single use: the state row is deleted by the call that reads it. */
    async takeState(provider: string, state: string): Promise<OidcStateRow | null> {
      const [row] = await db
        .delete(oidcStates)
        .where(and(eq(oidcStates.state, state), eq(oidcStates.provider, provider)))
        .returning();
      return row ?? null;
    },
    async linkedUser(provider: string, subject: string): Promise<string | null> {
      const [row] = await db
        .select({ userId: userIdentities.userId })
        .from(userIdentities)
        .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)));
      return row?.userId ?? null;
    },
    async link(provider: string, subject: string, userId: string): Promise<void> {
      await db.insert(userIdentities).values({ provider, subject, userId }).onConflictDoNothing();
    },
  };
}
