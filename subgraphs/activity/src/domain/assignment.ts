/**
 * Assignment status moves (issue #6 item 10), as plain data: the log only grows
 * (dispatched → delivered → read → acknowledged → completed; read may come
 * straight after dispatched), cancelled from any open status. The assigned
 * mentor moves it on; only the dispatching coordinator cancels.
 */
export type AssignmentStatus = "dispatched" | "delivered" | "read" | "acknowledged" | "completed" | "cancelled";

export const ASSIGNMENT_NEXT: Readonly<Record<AssignmentStatus, readonly AssignmentStatus[]>> = {
  dispatched: ["delivered", "read", "cancelled"],
  delivered: ["read", "cancelled"],
  read: ["acknowledged", "cancelled"],
  acknowledged: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export interface AssignmentParties {
  mentorId: string;
  coordinatorId: string;
}

export type AssignmentMoveRefusal = {
  code: "BAD_USER_INPUT" | "FORBIDDEN";
  rule: "assignment_status_transition";
  message: string;
};

/** Why `actorId` may not move an assignment from `from` to `to` (null: allowed). */
export function assignmentMoveRefusal(
  from: AssignmentStatus,
  to: AssignmentStatus,
  parties: AssignmentParties,
  actorId: string,
): AssignmentMoveRefusal | null {
  if (!ASSIGNMENT_NEXT[from].includes(to)) {
    return {
      code: "BAD_USER_INPUT",
      rule: "assignment_status_transition",
      message: `An assignment cannot go from ${from} to ${to}`,
    };
  }
  if (to === "cancelled" ? parties.coordinatorId !== actorId : parties.mentorId !== actorId) {
    const message =
      to === "cancelled"
        ? "Only the dispatching coordinator cancels"
        : "Only the assigned mentor moves the assignment on";
    return { code: "FORBIDDEN", rule: "assignment_status_transition", message };
  }
  return null;
}
