/**
 * The demo showcase's finance part (see @meander/fixtures showcase.ts), through the same use cases as the API:
 * versioned honorarium tiers, coordinators' decisions on mileage claims (approved, rejected, some left submitted),
 * reimbursements (the first batch exported to accounting and marked paid, the second approved and waiting) and
 * so finance.* events for the read models and the mentors' notifications.
 */
import type { UnitOfWork } from "@meander/events";
import type { DemoShowcase } from "@meander/fixtures";
import { createAccountingExport, markExportPaid } from "./application/accounting.js";
import { decideExpense } from "./application/approvals.js";
import { setHonorariumTier } from "./application/honorarium.js";
import { approveReimbursement, createReimbursement } from "./application/reimbursements.js";

const SEED_REQUEST = "demo-seed";

export async function seedShowcase(uow: UnitOfWork, s: DemoShowcase): Promise<void> {
  for (const t of s.honorariumTiers) {
    const { localAssociationId, minAssignments, amountOre, label, validFrom } = t;
    await setHonorariumTier(
      uow,
      { userId: t.actorId, role: "org_admin", organizationId: t.organizationId, localAssociationId: null },
      { localAssociationId, minAssignments, amountOre, label, validFrom },
    );
  }
  for (const d of s.expenseDecisions) {
    const coordinator = {
      userId: d.decidedBy,
      role: "coordinator" as const,
      organizationId: d.organizationId,
      localAssociationId: d.localAssociationId,
    };
    await decideExpense(uow, coordinator, SEED_REQUEST, { expenseId: d.expenseId, decision: d.decision, note: d.note });
  }
  const reimburse = async (batch: 1 | 2) => {
    for (const r of s.reimbursements.filter((x) => x.batch === batch)) {
      const coordinator = {
        userId: r.createdBy,
        role: "coordinator" as const,
        organizationId: r.organizationId,
        localAssociationId: r.localAssociationId,
      };
      const created = await createReimbursement(uow, coordinator, SEED_REQUEST, r.userId);
      if (created.status === "pending_approval")
        await approveReimbursement(uow, coordinator, SEED_REQUEST, { id: created.id, note: null });
    }
  };
  await reimburse(1);
  for (const e of s.accountingExports) {
    const admin = { userId: e.adminId, role: "org_admin" as const, organizationId: e.organizationId };
    const exported = await createAccountingExport(uow, admin, SEED_REQUEST, e.system);
    if (e.markPaid) await markExportPaid(uow, admin, SEED_REQUEST, exported.id);
  }
  await reimburse(2);
}
