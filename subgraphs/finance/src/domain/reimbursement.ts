/** Reimbursement rules (pure): who may bundle, the automatic check, totals in integer øre. */
import type { Submitter } from "./expense.js";

export const ALL_AUTO_RULE = "all_items_auto_approved";

/** A mentor bundles their own approved expenses; a coordinator or administrator any mentor's in the organization. */
export function mayBundleFor(actor: Submitter, userId: string): boolean {
  if (actor.organizationId === null) return false;
  if (actor.role === "peer_mentor") return actor.userId === userId;
  return actor.role === "coordinator" || actor.role === "org_admin";
}

/** The sum of the items, to the øre (integers; throws rather than lose precision). */
export function sumOre(items: ReadonlyArray<{ amountOre: number }>): number {
  const total = items.reduce((s, i) => s + i.amountOre, 0);
  if (!Number.isSafeInteger(total)) throw new Error("total out of range");
  return total;
}

/**
 * The automatic check a new reimbursement gets: approved when every expense
 * in it was approved automatically (under its type's limit); otherwise a
 * coordinator approves the payout (`needs_manual`).
 */
export function automaticReimbursementCheck(items: ReadonlyArray<{ automatic: boolean }>): {
  outcome: "approved" | "needs_manual";
  rule: string;
} {
  const manual = items.filter((i) => !i.automatic).length;
  if (items.length > 0 && manual === 0) return { outcome: "approved", rule: ALL_AUTO_RULE };
  return {
    outcome: "needs_manual",
    rule: `manual_review: ${manual} of ${items.length} item(s) approved by a coordinator`,
  };
}
