/**
 * approval_workflow_transition: draft → pending_review → approved / rejected /
 * flagged; flagged → approved / rejected. immutable_after_approval: nothing
 * leaves approved. Only coordinators and organization administrators review.
 * withdrawn (issue 20): the mentor's (or their coordinator's) own retraction of
 * an undecided activity; the row and its log stay, nothing leaves withdrawn.
 */
import type { Actor } from "./actor.js";
import type { RuleViolation } from "./rules.js";

export const ACTIVITY_STATUSES = ["draft", "pending_review", "approved", "rejected", "flagged", "withdrawn"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

const TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ["pending_review", "withdrawn"],
  pending_review: ["approved", "rejected", "flagged", "withdrawn"],
  flagged: ["approved", "rejected", "withdrawn"],
  approved: [],
  rejected: [],
  withdrawn: [],
};

/** Undecided statuses: the activity may still be corrected (updateActivity) or withdrawn. */
export const CORRECTABLE_STATUSES: readonly ActivityStatus[] = ["draft", "pending_review", "flagged"];

/**
 * Why an activity in this status can no longer be corrected or withdrawn, or null:
 * approved is immutable_after_approval; rejected and withdrawn are final decisions
 * (approval_workflow_transition): the mentor registers a new activity instead.
 */
export function correctionViolation(status: ActivityStatus): RuleViolation | null {
  if (status === "approved")
    return {
      rule: "immutable_after_approval",
      field: "status",
      message: "En godkjent aktivitet kan ikke lenger endres eller trekkes tilbake",
    };
  if (!CORRECTABLE_STATUSES.includes(status)) {
    const what = status === "rejected" ? "En avvist" : "En tilbaketrukket";
    return {
      rule: "approval_workflow_transition",
      field: "status",
      message: `${what} aktivitet kan ikke endres; registrer en ny`,
    };
  }
  return null;
}

/** What a reviewer decided about a suspected duplicate (duplicate_detection). */
export type DuplicateDecision = "not_duplicate" | "duplicate";

/** A duplicate decision is for a flagged suspect not yet decided (duplicate_decision_state). */
export function duplicateDecisionViolation(a: {
  status: ActivityStatus;
  suspectedDuplicateOf: string | null;
  duplicateDecision: string | null;
}): RuleViolation | null {
  if (a.status === "approved")
    return {
      rule: "immutable_after_approval",
      field: "status",
      message: "En godkjent aktivitet kan ikke lenger endres",
    };
  if (!a.suspectedDuplicateOf || a.status !== "flagged" || a.duplicateDecision !== null) {
    return {
      rule: "duplicate_decision_state",
      field: "id",
      message:
        "Bare en flagget, mulig dobbeltregistrering som ikke er avgjort ennå, kan avgjøres som duplikat eller ikke",
    };
  }
  return null;
}

export function transitionViolation(from: ActivityStatus, to: ActivityStatus): RuleViolation | null {
  if (from === "approved") {
    return { rule: "immutable_after_approval", field: "status", message: "An approved activity can no longer change" };
  }
  if (!TRANSITIONS[from].includes(to)) {
    return {
      rule: "approval_workflow_transition",
      field: "status",
      message: `An activity cannot go from ${from} to ${to}`,
    };
  }
  return null;
}

export const REVIEWER_ROLES = ["coordinator", "org_admin"] as const;

/** Why this actor may not review this activity, or null when they may. */
export function reviewRefusal(actor: Actor, activity: { userId: string }): string | null {
  if (!(REVIEWER_ROLES as readonly string[]).includes(actor.role))
    return "Only coordinators and organization administrators review activities";
  // Assumption (four eyes): nobody approves or rejects an activity they performed themself.
  if (activity.userId === actor.userId) return "You cannot review your own activity";
  return null;
}

export const REASON_MAX = 2000;

/** A rejection tells the mentor why (required_fields), within reason_length. */
export function rejectionReasonViolation(reason: string): RuleViolation | null {
  if (reason.trim().length === 0)
    return { rule: "required_fields", field: "reason", message: "A rejection needs a reason" };
  if (reason.length > REASON_MAX)
    return { rule: "reason_length", field: "reason", message: `The reason may be at most ${REASON_MAX} characters` };
  return null;
}
