/**
 * Who registers activities (owner_attribution_on_proxy, coordinator_proxy_scope): peer mentors and coordinators,
 * and only a coordinator on behalf of a mentor, a peer mentor of their own local association. Pure rules: the
 * permission rules (permissions.ts) and the use cases (application/registration.ts, gatherings.ts) read them here.
 */
import type { Actor, ActorRole } from "./actor.js";

/** The roles that register activities (one, bulk, CSV, offline sync, submitting a draft). */
export const REGISTRANT_ROLES = ["peer_mentor", "coordinator"] as const satisfies readonly ActorRole[];

export const isRegistrant = (role: ActorRole): boolean => (REGISTRANT_ROLES as readonly ActorRole[]).includes(role);

/** Why a registration on behalf of another user is refused, or null: `memberships` are that user's in the organization. */
export function proxyRefusal(actor: Actor, memberships: ReadonlyArray<{ localAssociationId: string; role: string }>) {
  if (actor.role !== "coordinator") {
    return {
      rule: "owner_attribution_on_proxy",
      code: "FORBIDDEN" as const,
      message: "Only coordinators register activities on behalf of a mentor",
    };
  }
  if (memberships.length === 0)
    return {
      rule: "valid_user_reference",
      code: "BAD_USER_INPUT" as const,
      message: "No such member in the organization",
    };
  if (!memberships.some((m) => m.localAssociationId === actor.localAssociationId && m.role === "peer_mentor")) {
    return {
      rule: "coordinator_proxy_scope",
      code: "FORBIDDEN" as const,
      message: "Coordinators register on behalf of peer mentors of their own local association only",
    };
  }
  return null;
}
