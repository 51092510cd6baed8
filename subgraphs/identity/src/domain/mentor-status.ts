/**
 * Peer mentor status as a pure state machine (issue 4 item 6).
 *
 *   active    → paused       the mentor themself, coordinator, org_admin, global_admin
 *   paused    → active       the mentor themself, coordinator, org_admin, global_admin
 *   active    → suspended    coordinator, org_admin, global_admin
 *   paused    → suspended    coordinator, org_admin, global_admin
 *   suspended → active       org_admin, global_admin
 *   any       → deactivated  org_admin, global_admin
 *   deactivated is final; a move to the same status is refused.
 * "self" is the actor when the caller is the mentor, whatever their role: nobody
 * suspends, reinstates or deactivates themself. Suspension and deactivation
 * need a reason. A mentor without log rows is active (the first row has from = the implicit active).
 */
import type { Role } from "@meander/auth";
import type { RuleViolation } from "./user.js";

export const MENTOR_STATUSES = ["active", "paused", "suspended", "deactivated"] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];
export type StatusActor = "self" | Role;

export const INITIAL_STATUS: MentorStatus = "active";
const REASON_MAX = 500;

const ADMINS: readonly StatusActor[] = ["org_admin", "global_admin"];
const STAFF: readonly StatusActor[] = ["coordinator", ...ADMINS];

const TRANSITIONS: Record<MentorStatus, Partial<Record<MentorStatus, readonly StatusActor[]>>> = {
  active: { paused: ["self", ...STAFF], suspended: STAFF, deactivated: ADMINS },
  paused: { active: ["self", ...STAFF], suspended: STAFF, deactivated: ADMINS },
  suspended: { active: ADMINS, deactivated: ADMINS },
  deactivated: {},
};

export type TransitionOutcome = { ok: true } | { ok: false; forbidden: boolean; violation: RuleViolation };

export function checkTransition(
  from: MentorStatus,
  to: MentorStatus,
  actor: StatusActor,
  reason: string | null,
): TransitionOutcome {
  const refuse = (rule: string, field: string, message: string, forbidden = false): TransitionOutcome => ({
    ok: false,
    forbidden,
    violation: { rule, field, message },
  });
  if (from === "deactivated") return refuse("status_final", "to", "A deactivated peer mentor cannot change status");
  if (from === to) return refuse("status_unchanged", "to", `The peer mentor is already ${to}`);
  const allowed = TRANSITIONS[from][to];
  if (!allowed) return refuse("status_transition", "to", `Cannot go from ${from} to ${to}`);
  if (!allowed.includes(actor))
    return refuse(
      "status_actor",
      "to",
      `${actor === "self" ? "You" : `A ${actor}`} may not move a peer mentor from ${from} to ${to}`,
      true,
    );
  const text = reason?.trim() ?? "";
  if ((to === "suspended" || to === "deactivated") && text.length === 0)
    return refuse("reason_required", "reason", `A reason is required to set ${to}`);
  if (text.length > REASON_MAX)
    return refuse("reason_length", "reason", `The reason must be at most ${REASON_MAX} characters`);
  return { ok: true };
}

export function actorFor(viewer: { userId: string; role: Role }, mentorId: string): StatusActor {
  return viewer.userId === mentorId ? "self" : viewer.role;
}
