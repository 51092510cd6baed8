/** Listing and revoking sessions: the caller's own, or (administrators) all of a user's. */
import { forbiddenBy, notFound } from "@meander/validation";
import { scopeOf, type Viewer } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { selfScope } from "../db/repositories/scope.js";
import { createSessionRepository, type SessionRow } from "../db/repositories/sessions.js";
import { scopes, type Executor } from "@meander/db";
import type { AuthSettings } from "./auth-settings.js";
import { revokeInTx } from "./sessions.js";

/** The caller's sessions, in every context they act in. */
export function listSessions(db: Executor, viewer: Viewer): Promise<SessionRow[]> {
  return createSessionRepository(db, selfScope(viewer.userId)).ofUser(viewer.userId);
}

export async function logout(uow: UnitOfWork, settings: AuthSettings, viewer: Viewer, now: Date): Promise<boolean> {
  return uow.run(scopes.platform(), async (tx, events) => {
    const actor = { id: viewer.userId, role: viewer.role };
    const revocation = { sessionId: viewer.sessionId, reason: "logout" as const, actor };
    await revokeInTx(tx, selfScope(viewer.userId), events, settings, revocation, now);
    return true;
  });
}

/** Revokes one of the caller's own sessions; another user's session id answers NOT_FOUND, like an unknown one. */
export async function revokeOwnSession(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: Viewer,
  sessionId: string,
  now: Date,
): Promise<SessionRow> {
  const self = selfScope(viewer.userId);
  return uow.run(scopes.platform(), async (tx, events) => {
    const session = await createSessionRepository(tx, self).byId(sessionId);
    if (!session || session.userId !== viewer.userId) throw notFound("Session");
    const reason = session.id === viewer.sessionId ? "logout" : "revoked_by_user";
    const actor = { id: viewer.userId, role: viewer.role };
    return (await revokeInTx(tx, self, events, settings, { sessionId: session.id, reason, actor }, now)) ?? session;
  });
}

/**
 * Organization administrators for users with a membership in their organization (the sessions acting there);
 * global administrators for anyone (every session, wherever the administrator acts: the platform scope).
 */
export async function revokeUserSessions(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: Viewer,
  userId: string,
  now: Date,
): Promise<number> {
  const scope = viewer.role === "global_admin" ? scopes.platform(viewer.userId) : scopeOf(viewer);
  return uow.run(
    viewer.organizationId ? scopes.organization(viewer.organizationId) : scopes.platform(),
    async (tx, events) => {
      if (viewer.role !== "global_admin") {
        // A member of the organization: its memberships, not the administrator's own.
        const member =
          viewer.role === "org_admin" &&
          viewer.organizationId &&
          (await createMembershipRepository(tx, scopes.organization(viewer.organizationId)).holds(userId));
        if (!member)
          throw forbiddenBy(
            "session_revocation_permission",
            "Only an administrator of the user's organization may revoke their sessions",
          );
      }
      const open = await createSessionRepository(tx, scope).openOfUser(userId);
      const actor = { id: viewer.userId, role: viewer.role };
      let count = 0;
      for (const s of open) {
        const revocation = { sessionId: s.id, reason: "revoked_by_admin" as const, actor };
        if (await revokeInTx(tx, scope, events, settings, revocation, now)) count++;
      }
      return count;
    },
  );
}
