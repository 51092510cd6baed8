/**
 * Approval rules (pure): automatic approval under the type's limit, who may
 * decide manually, and what a decision needs. Amounts in øre.
 */
import { receiptRequired, type RuleViolation, type Submitter } from "./expense.js";

export const NOTE_MAX = 1000;
export const AUTO_APPROVE_RULE = "auto_approve_max_ore";

export interface ApprovalTypeRules {
  key: string;
  autoApproveMaxOre: number | null;
  requiresReceiptAboveOre: number | null;
}

/**
 * The rule that approves a claim automatically, or null (manual decision):
 * at or under the type's limit, and with a receipt when the type requires one
 * for that amount. Exactly at the limit passes; one øre above does not.
 */
export function automaticApproval(
  type: ApprovalTypeRules,
  amountOre: number,
  receiptCount: number,
): { rule: string } | null {
  if (type.autoApproveMaxOre === null || amountOre > type.autoApproveMaxOre) return null;
  if (receiptRequired(type, amountOre) && receiptCount === 0) return null;
  return { rule: `${AUTO_APPROVE_RULE}: ${type.key} ≤ ${type.autoApproveMaxOre} øre` };
}

export type DecisionRefusal =
  | { kind: "forbidden"; rule: string; message: string }
  | { kind: "conflict"; rule: string; message: string }
  | { kind: "bad_input"; violation: RuleViolation };

export interface DecisionInput {
  decision: "approved" | "rejected";
  note: string | null;
}

/** Checks a coordinator's manual decision on a claim; null when it may be recorded. */
export function checkDecision(
  actor: Submitter,
  expense: { userId: string; amountOre: number; hasDecision: boolean },
  type: ApprovalTypeRules | null,
  receiptCount: number,
  input: DecisionInput,
): DecisionRefusal | null {
  if (actor.role !== "coordinator" && actor.role !== "org_admin")
    return {
      kind: "forbidden",
      rule: "approver_role",
      message: "Only coordinators and administrators decide on expenses",
    };
  if (expense.userId === actor.userId)
    return { kind: "forbidden", rule: "no_self_approval", message: "You cannot decide on your own expense" };
  if (expense.hasDecision)
    return { kind: "conflict", rule: "expense_already_decided", message: "The expense has already been decided" };
  const note = input.note?.trim() ?? "";
  if (input.decision === "rejected" && note.length === 0) {
    return {
      kind: "bad_input",
      violation: {
        rule: "reason_required",
        field: "reason",
        message: "A rejection needs a reason the mentor can read",
      },
    };
  }
  if (note.length > NOTE_MAX) {
    return {
      kind: "bad_input",
      violation: {
        rule: "note_length",
        field: input.decision === "rejected" ? "reason" : "note",
        message: `At most ${NOTE_MAX} characters`,
      },
    };
  }
  if (input.decision === "approved" && type && receiptRequired(type, expense.amountOre) && receiptCount === 0) {
    return {
      kind: "bad_input",
      violation: {
        rule: "receipt_required",
        field: "receipts",
        message: `A receipt is required above ${type.requiresReceiptAboveOre} øre`,
      },
    };
  }
  return null;
}
