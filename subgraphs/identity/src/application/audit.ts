/**
 * Identity's audit entries (identity.audit.recorded, in the transaction of what they record):
 * sign-ins, failed sign-ins, lockouts, sign-outs and other session revocations, refresh-token reuse.
 * Ids only: a failed sign-in on an unknown address names no one (the address is never kept).
 */
import { recordAudit, type Emitter } from "@meander/events";
import type { MembershipRepository } from "../db/repositories/memberships.js";
import type { SessionRow } from "../db/repositories/sessions.js";
import { initialMembership } from "../domain/session.js";
import type { RevokeActor, RevokeReason } from "./sessions.js";

/** The organization a user's entries go to when no session says it: the one a new sign-in would pick. */
async function homeOrganization(memberships: MembershipRepository, userId: string): Promise<string | null> {
  return initialMembership(await memberships.ofUser(userId))?.organizationId ?? null;
}

export async function auditSignIn(events: Emitter, session: SessionRow): Promise<void> {
  await recordAudit(events, "identity", {
    action: "auth.signed_in",
    actorId: session.userId,
    actorRole: session.role,
    organizationId: session.organizationId,
    subject: { type: "User", id: session.userId },
    fields: [session.method],
  });
}

/** A refused sign-in: `failed` (wrong password, unknown or inactive account), `locked_out` (the failure that started a lock), `refused_locked` (tried while locked). */
export async function auditSignInRefused(
  memberships: MembershipRepository,
  events: Emitter,
  kind: "failed" | "locked_out" | "refused_locked",
  userId: string | null,
): Promise<void> {
  await recordAudit(events, "identity", {
    action: `auth.sign_in_${kind}`,
    actorId: null,
    actorRole: "anonymous",
    organizationId: userId ? await homeOrganization(memberships, userId) : null,
    subject: userId ? { type: "User", id: userId } : null,
  });
}

const REVOKE_ACTIONS: Record<RevokeReason, string> = {
  logout: "auth.signed_out",
  revoked_by_user: "auth.session_revoked",
  revoked_by_admin: "auth.session_revoked",
  refresh_token_reuse: "auth.refresh_token_reused",
  expired: "auth.session_expired",
  user_deactivated: "auth.session_revoked",
};

export async function auditRevoked(
  events: Emitter,
  session: SessionRow,
  reason: RevokeReason,
  actor: RevokeActor,
): Promise<void> {
  await recordAudit(events, "identity", {
    action: REVOKE_ACTIONS[reason],
    actorId: actor.id,
    actorRole: actor.role ?? (actor.id === null ? "anonymous" : actor.id === session.userId ? session.role : "unknown"),
    organizationId: session.organizationId,
    subject: { type: "User", id: session.userId },
    fields: [reason],
  });
}
