import { describe, expect, it } from "vitest";
import {
  correctionViolation,
  duplicateDecisionViolation,
  rejectionReasonViolation,
  reviewRefusal,
  transitionViolation,
} from "./workflow.js";

describe("approval workflow", () => {
  it("allows draft → pending_review → approved / rejected / flagged, and flagged → approved / rejected", () => {
    for (const [from, to] of [
      ["draft", "pending_review"],
      ["pending_review", "approved"],
      ["pending_review", "rejected"],
      ["pending_review", "flagged"],
      ["flagged", "approved"],
      ["flagged", "rejected"],
    ] as const) {
      expect(transitionViolation(from, to)).toBeNull();
    }
  });

  it("refuses other transitions, and anything out of approved (immutable_after_approval)", () => {
    expect(transitionViolation("draft", "approved")?.rule).toBe("approval_workflow_transition");
    expect(transitionViolation("rejected", "approved")?.rule).toBe("approval_workflow_transition");
    expect(transitionViolation("approved", "rejected")).toMatchObject({
      rule: "immutable_after_approval",
      field: "status",
    });
    expect(transitionViolation("approved", "approved")?.rule).toBe("immutable_after_approval");
  });

  it("lets coordinators and organization administrators review others' activities only", () => {
    const coord = { userId: "c", organizationId: "o", localAssociationId: "la", role: "coordinator" as const };
    expect(reviewRefusal(coord, { userId: "m" })).toBeNull();
    expect(reviewRefusal({ ...coord, role: "org_admin" }, { userId: "m" })).toBeNull();
    expect(reviewRefusal({ ...coord, role: "peer_mentor" }, { userId: "m" })).toMatch(/coordinators/);
    expect(reviewRefusal(coord, { userId: "c" })).toMatch(/own/);
  });

  it("requires a rejection reason", () => {
    expect(rejectionReasonViolation(" ")).toMatchObject({ rule: "required_fields", field: "reason" });
    expect(rejectionReasonViolation("x".repeat(2001))?.rule).toBe("reason_length");
    expect(rejectionReasonViolation("Dobbeltregistrert")).toBeNull();
  });
});

describe("corrections and withdrawal (issue 20)", () => {
  it("lets undecided activities be corrected or withdrawn, and refuses decided ones", () => {
    for (const s of ["draft", "pending_review", "flagged"] as const) {
      expect(correctionViolation(s)).toBeNull();
      expect(transitionViolation(s, "withdrawn")).toBeNull();
    }
    expect(correctionViolation("approved")).toMatchObject({ rule: "immutable_after_approval", field: "status" });
    expect(correctionViolation("rejected")?.rule).toBe("approval_workflow_transition");
    expect(correctionViolation("withdrawn")?.rule).toBe("approval_workflow_transition");
    expect(transitionViolation("withdrawn", "approved")?.rule).toBe("approval_workflow_transition");
  });

  it("takes a duplicate decision only on an undecided flagged suspect", () => {
    const suspect = { status: "flagged" as const, suspectedDuplicateOf: "x", duplicateDecision: null };
    expect(duplicateDecisionViolation(suspect)).toBeNull();
    expect(duplicateDecisionViolation({ ...suspect, duplicateDecision: "not_duplicate" })?.rule).toBe(
      "duplicate_decision_state",
    );
    expect(duplicateDecisionViolation({ ...suspect, suspectedDuplicateOf: null })?.rule).toBe(
      "duplicate_decision_state",
    );
    expect(duplicateDecisionViolation({ ...suspect, status: "approved" })?.rule).toBe("immutable_after_approval");
  });
});
