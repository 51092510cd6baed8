import { describe, expect, it } from "vitest";
import { automaticApproval, checkDecision } from "./approval.js";
import { osloYear, progressOf, tiersInEffect, tiersNewlyReached, validateTier } from "./honorarium.js";
import { automaticReimbursementCheck, mayBundleFor, sumOre } from "./reimbursement.js";

const parking = { key: "parking", autoApproveMaxOre: 10_000, requiresReceiptAboveOre: 20_000 };
const coordinator = { userId: "c", role: "coordinator" as const, organizationId: "o" };

describe("approval, reimbursement and honorarium rules", () => {
  it("approves automatically exactly at the limit, not one øre above, and only with a required receipt", () => {
    expect(automaticApproval(parking, 10_000, 0)).toEqual({ rule: "auto_approve_max_ore: parking ≤ 10000 øre" });
    expect(automaticApproval(parking, 10_001, 0)).toBeNull();
    expect(automaticApproval({ ...parking, requiresReceiptAboveOre: 0 }, 5_000, 0)).toBeNull();
    expect(automaticApproval({ ...parking, requiresReceiptAboveOre: 0 }, 5_000, 1)).not.toBeNull();
    expect(automaticApproval({ ...parking, autoApproveMaxOre: null }, 1, 0)).toBeNull();
  });

  it("checks a manual decision: role, own expense, once, reason, receipt", () => {
    const e = { userId: "m", amountOre: 30_000, hasDecision: false };
    const approve = { decision: "approved" as const, note: null };
    expect(checkDecision({ ...coordinator, role: "peer_mentor" }, e, parking, 0, approve)?.kind).toBe("forbidden");
    expect(checkDecision(coordinator, { ...e, userId: "c" }, parking, 0, approve)?.kind).toBe("forbidden");
    expect(checkDecision(coordinator, { ...e, hasDecision: true }, parking, 1, approve)?.kind).toBe("conflict");
    expect(checkDecision(coordinator, e, parking, 0, { decision: "rejected", note: "  " })).toMatchObject({
      violation: { rule: "reason_required" },
    });
    expect(checkDecision(coordinator, e, parking, 0, approve)).toMatchObject({
      violation: { rule: "receipt_required" },
    });
    expect(checkDecision(coordinator, e, parking, 1, approve)).toBeNull();
  });

  it("bundles for oneself (mentor) or anyone (coordinator); totals in whole øre", () => {
    expect(mayBundleFor({ userId: "m", role: "peer_mentor", organizationId: "o" }, "m")).toBe(true);
    expect(mayBundleFor({ userId: "m", role: "peer_mentor", organizationId: "o" }, "x")).toBe(false);
    expect(mayBundleFor(coordinator, "x")).toBe(true);
    expect(sumOre([{ amountOre: 1 }, { amountOre: 2_147_483_647 }])).toBe(2_147_483_648);
    expect(automaticReimbursementCheck([{ automatic: true }, { automatic: true }]).outcome).toBe("approved");
    expect(automaticReimbursementCheck([{ automatic: true }, { automatic: false }]).outcome).toBe("needs_manual");
  });

  it("reaches each honorarium tier once, in the Norwegian calendar year", () => {
    const tiers = [
      { id: "b", minAssignments: 5, amountOre: 2 },
      { id: "a", minAssignments: 2, amountOre: 1 },
    ];
    expect(tiersNewlyReached(tiers, 5, new Set()).map((t) => t.id)).toEqual(["a", "b"]);
    expect(tiersNewlyReached(tiers, 5, new Set([2])).map((t) => t.id)).toEqual(["b"]);
    expect(tiersNewlyReached(tiers, 1, new Set())).toEqual([]);
    expect(osloYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(
      validateTier({ minAssignments: 0, amountOre: 1, label: "x", validFrom: "2026-02-30" }).map((v) => v.rule),
    ).toEqual(["min_assignments_range", "valid_from_date"]);
  });

  it("versions tiers: the newest version from the day or before applies, a retired version ends the tier", () => {
    const v = (id: string, minAssignments: number, amountOre: number, validFrom: string, retired = false) => ({
      id,
      minAssignments,
      amountOre,
      validFrom,
      retired,
    });
    const versions = [
      v("b1", 5, 100, "2026-01-01"),
      v("a1", 2, 50, "2000-01-01"),
      v("b2", 5, 150, "2026-07-01"),
      v("a2", 2, 50, "2026-09-01", true),
    ];
    expect(tiersInEffect(versions, "2026-06-30").map((t) => t.id)).toEqual(["a1", "b1"]);
    expect(tiersInEffect(versions, "2026-07-01").map((t) => t.id)).toEqual(["a1", "b2"]);
    expect(tiersInEffect(versions, "2026-09-01").map((t) => t.id)).toEqual(["b2"]);
    expect(tiersInEffect(versions, "1999-12-31")).toEqual([]);
    const inEffect = tiersInEffect(versions, "2026-07-01");
    expect(progressOf(inEffect, 0)).toEqual({ current: null, next: inEffect[0], toNext: 2 });
    expect(progressOf(inEffect, 3)).toEqual({ current: inEffect[0], next: inEffect[1], toNext: 2 });
    expect(progressOf(inEffect, 9)).toEqual({ current: inEffect[1], next: null, toNext: null });
  });
});
