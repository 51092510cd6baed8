/**
 * Sessions and their refresh tokens. A session is a person's row (./scope.ts): the person sees theirs in every
 * context; an organization's administrators (a coordinator: their local associations') see the sessions acting in
 * it (revoking a user's sessions); the platform sees all. A refresh token is seen with its session.
 */
import { and, desc, eq, exists, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import { isUuid, scopedWhere, type Executor, type Scope } from "@meander/db";
import { refreshTokens, sessions, type RefreshTokenRow, type SessionRow } from "../schema/index.js";
import { outOfScope, ownRows, reachesUser } from "./scope.js";

export type { SessionRow } from "../schema/index.js";
export type NewSession = typeof sessions.$inferInsert;

export function createSessionRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => {
    const own = ownRows(scope, sessions.userId);
    if (own === undefined) return undefined;
    const acting = scopedWhere(scope, {
      organization: sessions.organizationId,
      localAssociation: sessions.localAssociationId,
      owner: sessions.userId,
    });
    return acting === undefined ? undefined : or(own, acting);
  };
  const tokenVisible = (): SQL | undefined => {
    const session = visible();
    if (session === undefined) return undefined;
    return exists(
      db
        .select({ one: sql`1` })
        .from(sessions)
        .where(and(eq(sessions.id, refreshTokens.sessionId), session)),
    );
  };

  return {
    async insert(row: NewSession): Promise<SessionRow> {
      if (!reachesUser(scope, row.userId)) throw outOfScope(`a session of ${row.userId}`, scope);
      const [created] = await db.insert(sessions).values(row).returning();
      return created!;
    },
    async byId(id: string): Promise<SessionRow | null> {
      if (!isUuid(id)) return null;
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), visible()));
      return row ?? null;
    },
    async ofUser(userId: string): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), visible()))
        .orderBy(desc(sessions.createdAt));
    },
    async openOfUser(userId: string): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), visible()));
    },
    async update(id: string, patch: Partial<NewSession>): Promise<SessionRow> {
      const [row] = await db
        .update(sessions)
        .set(patch)
        .where(and(eq(sessions.id, id), visible()))
        .returning();
      if (!row) throw outOfScope(`session ${id}`, scope);
      return row;
    },
    /** Revokes the session unless it already is; returns the row only when this call revoked it. */
    async revoke(id: string, reason: string): Promise<SessionRow | null> {
      const [row] = await db
        .update(sessions)
        .set({ revokedAt: sql`now()`, revokeReason: reason })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), visible()))
        .returning();
      return row ?? null;
    },
    async addRefreshToken(session: SessionRow, tokenHash: string, expiresAt: Date): Promise<void> {
      if (!reachesUser(scope, session.userId)) throw outOfScope(`a refresh token of ${session.userId}`, scope);
      await db.insert(refreshTokens).values({ sessionId: session.id, tokenHash, expiresAt });
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
          and(
            eq(refreshTokens.tokenHash, tokenHash),
            isNull(refreshTokens.usedAt),
            gt(refreshTokens.expiresAt, now),
            tokenVisible(),
          ),
        )
        .returning();
      return row ?? null;
    },
    async refreshToken(tokenHash: string): Promise<RefreshTokenRow | null> {
      const [row] = await db
        .select()
        .from(refreshTokens)
        .where(and(eq(refreshTokens.tokenHash, tokenHash), tokenVisible()));
      return row ?? null;
    },
    /** Spends every outstanding refresh token of a session (context switch, revocation). */
    async spendRefreshTokens(sessionId: string, now: Date): Promise<void> {
      await db
        .update(refreshTokens)
        .set({ usedAt: now })
        .where(and(eq(refreshTokens.sessionId, sessionId), isNull(refreshTokens.usedAt), tokenVisible()));
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
