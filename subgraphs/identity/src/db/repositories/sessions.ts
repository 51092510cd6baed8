/** Sessions and their refresh tokens. Callers pass the user they act for; nothing here crosses users. */
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { isUuid, type Executor } from "@meander/db";
import { refreshTokens, sessions, type RefreshTokenRow, type SessionRow } from "../schema/index.js";

export type NewSession = typeof sessions.$inferInsert;

export function createSessionRepository(db: Executor) {
  return {
    async insert(row: NewSession): Promise<SessionRow> {
      const [created] = await db.insert(sessions).values(row).returning();
      return created!;
    },
    async byId(id: string): Promise<SessionRow | null> {
      if (!isUuid(id)) return null;
      const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
      return row ?? null;
    },
    async ofUser(userId: string): Promise<SessionRow[]> {
      return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt));
    },
    async openOfUser(userId: string): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    },
    async update(id: string, patch: Partial<NewSession>): Promise<SessionRow> {
      const [row] = await db.update(sessions).set(patch).where(eq(sessions.id, id)).returning();
      return row!;
    },
    /** Revokes the session unless it already is; returns the row only when this call revoked it. */
    async revoke(id: string, reason: string): Promise<SessionRow | null> {
      const [row] = await db
        .update(sessions)
        .set({ revokedAt: sql`now()`, revokeReason: reason })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
        .returning();
      return row ?? null;
    },
    async addRefreshToken(sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
      await db.insert(refreshTokens).values({ sessionId, tokenHash, expiresAt });
    },
    /**
     * Claims a refresh token atomically: the conditional UPDATE lets exactly one
     * of two concurrent callers through (the other waits on the row lock, then
     * finds used_at set).
     */
    async claimRefreshToken(tokenHash: string, now: Date): Promise<RefreshTokenRow | null> {
      const [row] = await db
        .update(refreshTokens)
        .set({ usedAt: now })
        .where(
          and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt), gt(refreshTokens.expiresAt, now)),
        )
        .returning();
      return row ?? null;
    },
    async refreshToken(tokenHash: string): Promise<RefreshTokenRow | null> {
      const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
      return row ?? null;
    },
    /** Spends every outstanding refresh token of a session (context switch, revocation). */
    async spendRefreshTokens(sessionId: string, now: Date): Promise<void> {
      await db
        .update(refreshTokens)
        .set({ usedAt: now })
        .where(and(eq(refreshTokens.sessionId, sessionId), isNull(refreshTokens.usedAt)));
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
