/** Whether an invitation can still be accepted, and why not (rule names for BAD_USER_INPUT). */
import type { RuleViolation } from "./user.js";

export interface InvitationState {
  status: "open" | "accepted" | "revoked";
  expiresAt: Date;
}

export function invitationRefusal(inv: InvitationState, now: Date): RuleViolation | null {
  if (inv.status === "accepted") return { rule: "invitation_used", field: "token", message: "This invitation has already been accepted" };
  if (inv.status === "revoked") return { rule: "invitation_revoked", field: "token", message: "This invitation has been withdrawn" };
  if (inv.expiresAt.getTime() <= now.getTime()) return { rule: "invitation_expired", field: "token", message: "This invitation has expired; ask for a new one" };
  return null;
}
