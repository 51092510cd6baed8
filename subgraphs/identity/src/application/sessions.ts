/**
 * Sessions: opening one (login, OIDC), refresh-token rotation, the context
 * switch, and revocation. Each exported use case is one transaction.
 */
import { randomUUID } from "node:crypto";
import { scopes, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { createSessionRepository } from "../db/repositories/sessions.js";
import { userById } from "../db/repositories/users.js";
import type { MembershipRow, SessionRow, UserRow } from "../db/schema/index.js";
import {
  contextOf,
  hashToken,
  initialMembership,
  newRefreshToken,
  refusedRefresh,
  REFRESH_TOKEN_TTL_MS,
  type ActiveContext,
} from "../domain/session.js";
import { auditRevoked, auditSignIn } from "./audit.js";
import { issueAccessToken, type AuthSettings } from "./auth-settings.js";

export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  session: SessionRow;
  user: UserRow;
  context: ActiveContext;
}

export type RevokeReason =
  "logout" | "revoked_by_user" | "revoked_by_admin" | "refresh_token_reuse" | "expired" | "user_deactivated";

export interface OpenSessionInput {
  user: UserRow;
  device: { name: string; platform: string };
  ip: string | null;
  method: string;
}

export const sessionContext = (s: SessionRow): ActiveContext => ({
  membershipId: s.membershipId,
  organizationId: s.organizationId,
  localAssociationId: s.localAssociationId,
  role: s.role,
});

/** A fresh refresh token for the session plus an access token minted from its context. */
async function tokensFor(
  tx: Tx,
  settings: AuthSettings,
  session: SessionRow,
  user: UserRow,
  now: Date,
): Promise<AuthResult> {
  const refreshToken = newRefreshToken();
  await createSessionRepository(tx).addRefreshToken(
    session.id,
    hashToken(refreshToken),
    new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
  );
  const access = await issueAccessToken(settings, session, now, user.preferredLanguage);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    session,
    user,
    context: sessionContext(session),
  };
}

/** Opens a session inside the caller's transaction (with identity.session.opened and its audit entry); null when the user holds no membership to act in. */
export async function openSession(
  tx: Tx,
  events: Emitter,
  settings: AuthSettings,
  input: OpenSessionInput,
  now = new Date(),
): Promise<AuthResult | null> {
  const membership = initialMembership(await createMembershipRepository(tx).ofUser(input.user.id));
  if (!membership) return null;
  const session = await createSessionRepository(tx).insert({
    id: randomUUID(),
    userId: input.user.id,
    deviceName: input.device.name,
    platform: input.device.platform,
    ip: input.ip,
    method: input.method,
    ...contextOf(membership),
    createdAt: now,
    lastUsedAt: now,
  });
  await events.emit({
    type: "identity.session.opened",
    aggregateId: session.id,
    organizationId: session.organizationId,
    actorId: session.userId,
    payload: { sessionId: session.id, userId: session.userId, method: session.method },
  });
  await auditSignIn(events, session);
  return tokensFor(tx, settings, session, input.user, now);
}

export async function emitRevoked(
  events: Emitter,
  settings: AuthSettings,
  session: SessionRow,
  reason: RevokeReason,
  actorId: string | null,
  actorRole: string | null = null,
) {
  await auditRevoked(events, session, reason, { id: actorId, role: actorRole });
  await events.emit({
    type: "identity.session.revoked",
    aggregateId: session.id,
    organizationId: session.organizationId,
    actorId,
    payload: {
      sessionId: session.id,
      userId: session.userId,
      reason,
      expiresAt: new Date(Date.now() + settings.accessTokenTtlSeconds * 1000).toISOString(),
    },
  });
}

/** Revokes a session (if still open) and spends its refresh tokens, with its event. */
export async function revokeInTx(
  tx: Tx,
  events: Emitter,
  settings: AuthSettings,
  sessionId: string,
  reason: RevokeReason,
  actorId: string | null,
  actorRole: string | null = null,
) {
  const repo = createSessionRepository(tx);
  const revoked = await repo.revoke(sessionId, reason);
  if (!revoked) return null;
  await repo.spendRefreshTokens(sessionId, new Date());
  await emitRevoked(events, settings, revoked, reason, actorId, actorRole);
  return revoked;
}

export type RefreshOutcome = { ok: AuthResult } | { refused: string };

/** Rotates a refresh token: exactly one caller can claim it; a later reuse revokes the session. */
export async function refreshSession(
  uow: UnitOfWork,
  settings: AuthSettings,
  refreshToken: string,
): Promise<RefreshOutcome> {
  const now = new Date();
  const hash = hashToken(refreshToken);
  return uow.run(scopes.platform(), async (tx, events) => {
    const repo = createSessionRepository(tx);
    const claimed = await repo.claimRefreshToken(hash, now);
    if (!claimed) {
      const token = await repo.refreshToken(hash);
      const session = token ? await repo.byId(token.sessionId) : null;
      const decision = refusedRefresh(token, session, now);
      if (decision === "reuse") await revokeInTx(tx, events, settings, session!.id, "refresh_token_reuse", null);
      return { refused: decision };
    }
    const session = await repo.byId(claimed.sessionId);
    const user = session ? await userById(tx, session.userId) : null;
    if (!session || session.revokedAt || !user || user.status !== "active") return { refused: "session_revoked" };
    const membership = await currentMembership(tx, session);
    if (!membership) return { refused: "no_membership" };
    const updated = await repo.update(session.id, { ...contextOf(membership), lastUsedAt: now });
    return { ok: await tokensFor(tx, settings, updated, user, now) };
  });
}

/** The session's membership if the user still holds it, else the one a new login would pick. */
async function currentMembership(tx: Tx, session: SessionRow): Promise<MembershipRow | null> {
  const memberships = createMembershipRepository(tx);
  const held = session.membershipId ? await memberships.held(session.userId, session.membershipId) : null;
  return held ?? initialMembership(await memberships.ofUser(session.userId));
}

export type SwitchOutcome = { ok: AuthResult } | { refused: "not_held" | "session_revoked" };

/**
 * Moves the caller's session to another membership they hold and issues a new
 * pair. The session (and so its list entry and revocation) stays the same; its
 * earlier refresh tokens are spent, so only the new pair carries on.
 */
export async function switchContext(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: { userId: string; sessionId: string },
  membershipId: string,
): Promise<SwitchOutcome> {
  const now = new Date();
  return uow.run(scopes.platform(), async (tx) => {
    const membership = await createMembershipRepository(tx).held(viewer.userId, membershipId);
    if (!membership) return { refused: "not_held" as const };
    const repo = createSessionRepository(tx);
    const session = await repo.byId(viewer.sessionId);
    const user = await userById(tx, viewer.userId);
    if (!session || session.revokedAt || session.userId !== viewer.userId || !user)
      return { refused: "session_revoked" as const };
    await repo.spendRefreshTokens(session.id, now);
    const updated = await repo.update(session.id, { ...contextOf(membership), lastUsedAt: now });
    return { ok: await tokensFor(tx, settings, updated, user, now) };
  });
}
