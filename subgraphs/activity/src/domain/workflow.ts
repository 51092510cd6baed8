/**
 * approval_workflow_transition: draft → pending_review → approved / rejected /
 * flagged; flagged → approved / rejected. immutable_after_approval: nothing
 * leaves approved. Only coordinators and organization administrators review.
 */
import type { Actor } from "./actor.js";
import type { RuleViolation } from "./rules.js";

export const ACTIVITY_STATUSES = ["draft", "pending_review", "approved", "rejected", "flagged"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

const TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ["pending_review"],
  pending_review: ["approved", "rejected", "flagged"],
  flagged: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

export function transitionViolation(from: ActivityStatus, to: ActivityStatus): RuleViolation | null {
  if (from === "approved") {
    return { rule: "immutable_after_approval", field: "status", message: "An approved activity can no longer change" };
  }
  if (!TRANSITIONS[from].includes(to)) {
    return { rule: "approval_workflow_transition", field: "status", message: `An activity cannot go from ${from} to ${to}` };
  }
  return null;
}

export const REVIEWER_ROLES = ["coordinator", "org_admin"] as const;

/** Why this actor may not review this activity, or null when they may. */
export function reviewRefusal(actor: Actor, activity: { userId: string }): string | null {
  if (!(REVIEWER_ROLES as readonly string[]).includes(actor.role)) return "Only coordinators and organization administrators review activities";
  // Assumption (four eyes): nobody approves or rejects an activity they performed themself.
  if (activity.userId === actor.userId) return "You cannot review your own activity";
  return null;
}

export const REASON_MAX = 2000;

/** A rejection tells the mentor why (required_fields), within reason_length. */
export function rejectionReasonViolation(reason: string): RuleViolation | null {
  if (reason.trim().length === 0) return { rule: "required_fields", field: "reason", message: "A rejection needs a reason" };
  if (reason.length > REASON_MAX) return { rule: "reason_length", field: "reason", message: `The reason may be at most ${REASON_MAX} characters` };
  return null;
}
