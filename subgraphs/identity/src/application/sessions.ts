/**
 * Sessions: opening one (login, OIDC), refresh-token rotation, the context
 * switch, and revocation. Each exported use case is one transaction.
 */
import { randomUUID } from "node:crypto";
import { scopes, type Executor, type Scope, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import {
  createMembershipRepository,
  type MembershipRepository,
  type MembershipRow,
} from "../db/repositories/memberships.js";
import { selfScope } from "../db/repositories/scope.js";
import { createSessionRepository, type SessionRow } from "../db/repositories/sessions.js";
import { createUserRepository, type UserRow } from "../db/repositories/users.js";
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
  scope: Scope,
  settings: AuthSettings,
  session: SessionRow,
  user: UserRow,
  now: Date,
): Promise<AuthResult> {
  const refreshToken = newRefreshToken();
  await createSessionRepository(tx, scope).addRefreshToken(
    session,
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

/**
 * Opens a session inside the caller's transaction (with identity.session.opened and its audit entry); null when the
 * user holds no membership to act in. The flow has identified the user: it acts for them alone (`selfScope`).
 */
export async function openSession(
  tx: Tx,
  events: Emitter,
  settings: AuthSettings,
  input: OpenSessionInput,
  now: Date,
): Promise<AuthResult | null> {
  const self = selfScope(input.user.id);
  const membership = initialMembership(await createMembershipRepository(tx, self).ofUser(input.user.id));
  if (!membership) return null;
  const session = await createSessionRepository(tx, self).insert({
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
  return tokensFor(tx, self, settings, session, input.user, now);
}

/** Who revokes: the caller (and the role they act in), or nobody (a reused refresh token). */
export interface RevokeActor {
  id: string | null;
  role: string | null;
}

export async function emitRevoked(
  events: Emitter,
  settings: AuthSettings,
  session: SessionRow,
  reason: RevokeReason,
  actor: RevokeActor,
  now: Date,
) {
  const actorId = actor.id;
  await auditRevoked(events, session, reason, actor);
  await events.emit({
    type: "identity.session.revoked",
    aggregateId: session.id,
    organizationId: session.organizationId,
    actorId,
    payload: {
      sessionId: session.id,
      userId: session.userId,
      reason,
      expiresAt: new Date(now.getTime() + settings.accessTokenTtlSeconds * 1000).toISOString(),
    },
  });
}

/** Revokes a session the scope sees (if still open) and spends its refresh tokens, with its event. */
export async function revokeInTx(
  tx: Tx,
  scope: Scope,
  events: Emitter,
  settings: AuthSettings,
  revocation: { sessionId: string; reason: RevokeReason; actor: RevokeActor },
  now: Date,
) {
  const repo = createSessionRepository(tx, scope);
  const revoked = await repo.revoke(revocation.sessionId, revocation.reason);
  if (!revoked) return null;
  await repo.spendRefreshTokens(revocation.sessionId, now);
  await emitRevoked(events, settings, revoked, revocation.reason, revocation.actor, now);
  return revoked;
}

export type RefreshOutcome = { ok: AuthResult } | { refused: string };

/**
 * Rotates a refresh token: exactly one caller can claim it; a later reuse revokes the session. The token is the
 * authority (there is no caller yet): the platform scope.
 */
export async function refreshSession(
  uow: UnitOfWork,
  settings: AuthSettings,
  refreshToken: string,
  now: Date,
): Promise<RefreshOutcome> {
  const hash = hashToken(refreshToken);
  const scope = scopes.platform();
  return uow.run(scope, async (tx, events) => {
    const repo = createSessionRepository(tx, scope);
    const claimed = await repo.claimRefreshToken(hash, now);
    if (!claimed) {
      const token = await repo.refreshToken(hash);
      const session = token ? await repo.byId(token.sessionId) : null;
      const decision = refusedRefresh(token, session, now);
      if (decision === "reuse") {
        const revocation = { sessionId: session!.id, reason: "refresh_token_reuse" as const };
        await revokeInTx(tx, scope, events, settings, { ...revocation, actor: { id: null, role: null } }, now);
      }
      return { refused: decision };
    }
    const session = await repo.byId(claimed.sessionId);
    const user = session ? await createUserRepository(tx, scope).byId(session.userId) : null;
    if (!session || session.revokedAt || !user || user.status !== "active") return { refused: "session_revoked" };
    const membership = await currentMembership(createMembershipRepository(tx, scope), session);
    if (!membership) return { refused: "no_membership" };
    const updated = await repo.update(session.id, { ...contextOf(membership), lastUsedAt: now });
    return { ok: await tokensFor(tx, scope, settings, updated, user, now) };
  });
}

/** The session's membership if the user still holds it, else the one a new login would pick. */
async function currentMembership(
  memberships: MembershipRepository,
  session: SessionRow,
): Promise<MembershipRow | null> {
  const held = session.membershipId ? await memberships.held(session.userId, session.membershipId) : null;
  return held ?? initialMembership(await memberships.ofUser(session.userId));
}

/** The contexts the caller may switch to: their memberships in every organization (`selfScope`). */
export async function myContexts(db: Executor, userId: string): Promise<ActiveContext[]> {
  return (await createMembershipRepository(db, selfScope(userId)).ofUser(userId)).map(contextOf);
}

export type SwitchOutcome = { ok: AuthResult } | { refused: "not_held" | "session_revoked" };

/**
 * Moves the caller's session to another membership they hold and issues a new
 * pair. The session (and so its list entry and revocation) stays the same; its
 * earlier refresh tokens are spent, so only the new pair carries on. The caller's own rows only (`selfScope`).
 */
export async function switchContext(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: { userId: string; sessionId: string },
  membershipId: string,
  now: Date,
): Promise<SwitchOutcome> {
  const self = selfScope(viewer.userId);
  return uow.run(scopes.platform(), async (tx) => {
    const membership = await createMembershipRepository(tx, self).held(viewer.userId, membershipId);
    if (!membership) return { refused: "not_held" as const };
    const repo = createSessionRepository(tx, self);
    const session = await repo.byId(viewer.sessionId);
    const user = await createUserRepository(tx, self).byId(viewer.userId);
    if (!session || session.revokedAt || session.userId !== viewer.userId || !user)
      return { refused: "session_revoked" as const };
    await repo.spendRefreshTokens(session.id, now);
    const updated = await repo.update(session.id, { ...contextOf(membership), lastUsedAt: now });
    return { ok: await tokensFor(tx, self, settings, updated, user, now) };
  });
}
