/** Listing and revoking sessions: the caller's own, or (administrators) all of a user's. */
import { forbiddenBy, notFound } from "@meander/validation";
import { type Viewer } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { createSessionRepository } from "../db/repositories/sessions.js";
import { scopes, type Executor } from "@meander/db";
import type { SessionRow } from "../db/schema/index.js";
import type { AuthSettings } from "./auth-settings.js";
import { revokeInTx } from "./sessions.js";

export function listSessions(db: Executor, viewer: Viewer): Promise<SessionRow[]> {
  return createSessionRepository(db).ofUser(viewer.userId);
}

export async function logout(uow: UnitOfWork, settings: AuthSettings, viewer: Viewer): Promise<boolean> {
  return uow.run(scopes.platform(), async (tx, events) => {
    await revokeInTx(tx, events, settings, viewer.sessionId, "logout", viewer.userId, viewer.role);
    return true;
  });
}

/** Revokes one of the caller's own sessions; another user's session id answers NOT_FOUND, like an unknown one. */
export async function revokeOwnSession(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: Viewer,
  sessionId: string,
): Promise<SessionRow> {
  return uow.run(scopes.platform(), async (tx, events) => {
    const repo = createSessionRepository(tx);
    const session = await repo.byId(sessionId);
    if (!session || session.userId !== viewer.userId) throw notFound("Session");
    const reason = session.id === viewer.sessionId ? "logout" : "revoked_by_user";
    return (await revokeInTx(tx, events, settings, session.id, reason, viewer.userId, viewer.role)) ?? session;
  });
}

/** Organization administrators for users with a membership in their organization; global administrators for anyone. */
export async function revokeUserSessions(
  uow: UnitOfWork,
  settings: AuthSettings,
  viewer: Viewer,
  userId: string,
): Promise<number> {
  return uow.run(
    viewer.organizationId ? scopes.organization(viewer.organizationId) : scopes.platform(),
    async (tx, events) => {
      if (viewer.role !== "global_admin") {
        const member =
          viewer.role === "org_admin" &&
          viewer.organizationId &&
          (await createMembershipRepository(tx).inOrganization(userId, viewer.organizationId));
        if (!member)
          throw forbiddenBy(
            "session_revocation_permission",
            "Only an administrator of the user's organization may revoke their sessions",
          );
      }
      const open = await createSessionRepository(tx).openOfUser(userId);
      let count = 0;
      for (const s of open)
        if (await revokeInTx(tx, events, settings, s.id, "revoked_by_admin", viewer.userId, viewer.role)) count++;
      return count;
    },
  );
}
