/**
 * Invitation rules (seed 003), plain functions (no I/O):
 * - invitation_permission: an org_admin (own organization, checked by the scoped lookup) or a global_admin
 *   invites any role; a coordinator only peer_mentors, only to their own local association;
 * - role_grant: only a global administrator invites to global_admin;
 * - email_format: the invited address;
 * - invitation_expiry: 1 to 30 days, default 7;
 * - active_local_association: invitations only to active units;
 * - invitation_open: only an open, unexpired invitation is revoked or accepted.
 */
import { isEmailFormat } from "./lead.js";
import type { MembershipRoleName } from "./membership.js";
import { compact, type RuleViolation } from "./rules.js";

export const DEFAULT_INVITATION_DAYS = 7;
export const MAX_INVITATION_DAYS = 30;

export interface InvitationRequest {
  actor: { role: MembershipRoleName; localAssociationId: string | null };
  email: string;
  localAssociationId: string;
  unitActive: boolean;
  role: MembershipRoleName;
  expiresInDays: number | null | undefined;
}

export type InvitationDecision =
  /** `violation`: the first; `violations`: every fault of the request (a forbidden one alone). */
  | { ok: false; kind: "bad_input" | "forbidden"; violation: RuleViolation; violations: RuleViolation[] }
  | { ok: true; email: string; expiresInDays: number };

export function decideInvitation(req: InvitationRequest): InvitationDecision {
  const fail = (kind: "bad_input" | "forbidden", rule: string, field: string, message: string): InvitationDecision => {
    const violation = { rule, field, message };
    return { ok: false, kind, violation, violations: [violation] };
  };
  const { actor } = req;
  if (actor.role === "coordinator") {
    if (req.localAssociationId !== actor.localAssociationId) {
      return fail(
        "forbidden",
        "invitation_permission",
        "localAssociationId",
        "A coordinator invites only to their own local association",
      );
    }
    if (req.role !== "peer_mentor")
      return fail("forbidden", "invitation_permission", "role", "A coordinator invites only peer mentors");
  } else if (actor.role !== "org_admin" && actor.role !== "global_admin") {
    return fail("forbidden", "invitation_permission", "role", "Only administrators and coordinators invite");
  }
  if (req.role === "global_admin" && actor.role !== "global_admin") {
    return fail("forbidden", "role_grant", "role", "Only a global administrator can grant the global_admin role");
  }
  // Every fault of the form at once.
  const email = req.email.trim();
  const days = req.expiresInDays ?? DEFAULT_INVITATION_DAYS;
  const violations = compact([
    email.length > 254 || !isEmailFormat(email)
      ? { rule: "email_format", field: "email", message: "Not a valid e-mail address" }
      : null,
    !Number.isInteger(days) || days < 1 || days > MAX_INVITATION_DAYS
      ? {
          rule: "invitation_expiry",
          field: "expiresInDays",
          message: `An invitation expires after 1 to ${MAX_INVITATION_DAYS} days`,
          params: { max: MAX_INVITATION_DAYS },
        }
      : null,
    req.unitActive
      ? null
      : {
          rule: "active_local_association",
          field: "localAssociationId",
          message: "The local association is not active",
        },
  ]);
  if (violations[0]) return { ok: false, kind: "bad_input", violation: violations[0], violations };
  return { ok: true, email, expiresInDays: days };
}

export type InvitationState = "open" | "used" | "revoked" | "expired";

export function invitationState(
  inv: { status: "open" | "used" | "revoked"; expiresAt: Date },
  now: Date,
): InvitationState {
  return inv.status === "open" && inv.expiresAt.getTime() <= now.getTime() ? "expired" : inv.status;
}

/** invitation_open: why an invitation in this state can no longer be revoked or accepted (null: it can). */
export function notOpen(state: InvitationState): RuleViolation | null {
  return state === "open" ? null : { rule: "invitation_open", field: "id", message: `The invitation is ${state}` };
}
