import { describe, expect, it } from "vitest";
import { ASSIGNMENT_NEXT, assignmentMoveRefusal, type AssignmentStatus } from "./assignment.js";

const parties = { mentorId: "m", coordinatorId: "c" };

describe("assignment_status_transition (pure)", () => {
  it("lets the mentor move along the path and the coordinator cancel", () => {
    const path: AssignmentStatus[] = ["dispatched", "delivered", "read", "acknowledged", "completed"];
    for (let i = 0; i + 1 < path.length; i++)
      expect(assignmentMoveRefusal(path[i]!, path[i + 1]!, parties, "m")).toBeNull();
    expect(assignmentMoveRefusal("dispatched", "read", parties, "m")).toBeNull();
    for (const from of ["dispatched", "delivered", "read", "acknowledged"] as const)
      expect(assignmentMoveRefusal(from, "cancelled", parties, "c")).toBeNull();
  });

  it("refuses going back, skipping ahead and leaving a final status", () => {
    expect(assignmentMoveRefusal("read", "delivered", parties, "m")).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "assignment_status_transition",
    });
    expect(assignmentMoveRefusal("dispatched", "completed", parties, "m")?.code).toBe("BAD_USER_INPUT");
    expect(assignmentMoveRefusal("dispatched", "dispatched", parties, "m")?.code).toBe("BAD_USER_INPUT");
    expect(ASSIGNMENT_NEXT.completed).toEqual([]);
    expect(assignmentMoveRefusal("completed", "cancelled", parties, "c")?.code).toBe("BAD_USER_INPUT");
    expect(assignmentMoveRefusal("cancelled", "read", parties, "m")?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses the wrong party", () => {
    expect(assignmentMoveRefusal("dispatched", "delivered", parties, "c")).toMatchObject({
      code: "FORBIDDEN",
      rule: "assignment_status_transition",
    });
    expect(assignmentMoveRefusal("dispatched", "cancelled", parties, "m")?.code).toBe("FORBIDDEN");
  });
});
