/** Whether an invitation can still be accepted, and why not (rule names for BAD_USER_INPUT). */
import type { RuleViolation } from "./user.js";

export interface InvitationState {
  status: "open" | "accepted" | "revoked";
  expiresAt: Date;
}

export function invitationRefusal(inv: InvitationState, now: Date): RuleViolation | null {
  if (inv.status === "accepted")
    return { rule: "invitation_used", field: "token", message: "This invitation has already been accepted" };
  if (inv.status === "revoked")
    return { rule: "invitation_revoked", field: "token", message: "This invitation has been withdrawn" };
  if (inv.expiresAt.getTime() <= now.getTime())
    return { rule: "invitation_expired", field: "token", message: "This invitation has expired; ask for a new one" };
  return null;
}

export interface HeldMembership {
  organizationId: string;
  localAssociationId: string;
}

/**
 * The membership rules organization would refuse the acceptance with, judged on identity's projection of
 * the invitee's memberships (organization stays the second line): single_organization_tree and
 * membership_limit (the limit sent with the invitation; none known: not judged here). Every violation.
 */
export function membershipRefusals(
  held: HeldMembership[],
  inv: { organizationId: string; localAssociationId: string; maxMembershipsPerUser: number | null },
): RuleViolation[] {
  if (held.some((m) => m.localAssociationId === inv.localAssociationId)) return []; // organization answers a repeat itself
  const violations: RuleViolation[] = [];
  if (held.some((m) => m.organizationId !== inv.organizationId)) {
    violations.push({
      rule: "single_organization_tree",
      field: "token",
      message: "A user's memberships must stay within one organization",
    });
  }
  if (inv.maxMembershipsPerUser !== null && held.length >= inv.maxMembershipsPerUser) {
    violations.push({
      rule: "membership_limit",
      field: "token",
      message: `A user may belong to at most ${inv.maxMembershipsPerUser} local associations`,
      params: { max: inv.maxMembershipsPerUser },
    });
  }
  return violations;
}
