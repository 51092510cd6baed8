/**
 * Accounting exports: a batch of approved, not yet exported reimbursements
 * written as the accounting system's journal import file, stored and
 * downloadable; each reimbursement (and so each expense) is exported exactly
 * once, also when two exports start at the same time. Marking a batch paid
 * pays its reimbursements and tells the mentors (finance.reimbursement.paid).
 */
import { createHash, randomUUID } from "node:crypto";
import { badInput, conflict, forbidden, notFound } from "@meander/auth";
import { scopes, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createAccountingRepository } from "../db/repositories/accounting.js";
import { createReimbursementRepository } from "../db/repositories/reimbursements.js";
import type { AccountingExportRow, ReimbursementRow } from "../db/schema/index.js";
import { renderExport, type AccountMapping, type AccountingSystem, type ExportBatch } from "../domain/accounting.js";
import type { Submitter } from "../domain/expense.js";
import { osloDate } from "../domain/expense-type.js";
import { audit } from "./approvals.js";

/** Exports and payouts move the whole organization's money: organization administrators only (issue 18 item 4). */
function adminOrg(actor: Submitter): string {
  if (actor.organizationId === null || actor.role !== "org_admin") throw forbidden("Bare organisasjonsadministratorer lager regnskapseksporter og registrerer utbetalinger");
  return actor.organizationId;
}

/** The batch (reimbursements with their expenses) exactly as a file is rendered from it. */
async function batchOf(tx: Tx, organizationId: string, exportId: string, system: AccountingSystem, postingDate: string, mapping: AccountMapping[], rows: ReimbursementRow[]): Promise<ExportBatch> {
  const expenses = await createReimbursementRepository(tx, scopes.organization(organizationId)).expensesOf(rows.map((r) => r.id));
  return {
    exportId,
    system,
    postingDate,
    mapping,
    reimbursements: rows.map((r) => ({
      reimbursementId: r.id,
      userId: r.userId,
      expenses: expenses.filter((e) => e.reimbursementId === r.id).map((e) => ({ expenseId: e.id, expenseTypeKey: e.expenseType, amountOre: e.amountOre, description: e.description })),
    })),
  };
}

export async function createAccountingExport(uow: UnitOfWork, actor: Submitter, requestId: string, system: AccountingSystem): Promise<AccountingExportRow> {
  const organizationId = adminOrg(actor);
  return uow.run({ organizationId }, async (tx, events) => {
    const reimbursements = createReimbursementRepository(tx, scopes.organization(organizationId, actor.userId));
    const rows = await reimbursements.lockExportable(organizationId);
    if (rows.length === 0) throw badInput("nothing_to_export", "system", "There are no approved reimbursements waiting for an export");
    const accounting = createAccountingRepository(tx, scopes.organization(organizationId, actor.userId));
    const mapping = (await accounting.settings(organizationId))?.accountMapping ?? [];
    const id = randomUUID();
    const now = new Date();
    const file = renderExport(await batchOf(tx, organizationId, id, system, osloDate(now), mapping, rows));
    if (file.totalOre !== rows.reduce((s, r) => s + r.totalOre, 0)) throw new Error("export total differs from its reimbursements");
    const sha256 = createHash("sha256").update(file.content).digest("hex");
    const created = await accounting.insert({
      id, organizationId, system, fileName: file.fileName, contentType: file.contentType, content: file.content, sha256, mapping,
      reimbursementCount: rows.length, lineCount: file.lineCount, totalOre: file.totalOre, createdBy: actor.userId, createdAt: now,
    });
    if ((await reimbursements.markExported(rows.map((r) => r.id), id, now)) !== rows.length) throw conflict("A reimbursement was exported meanwhile; try again");
    await events.emit({
      type: "finance.accounting_export.completed",
      aggregateId: id,
      organizationId,
      actorId: actor.userId,
      payload: { exportId: id, system, reimbursementCount: rows.length, totalOre: file.totalOre, sha256 },
    });
    await audit(events, { action: "accounting_export.created", actorId: actor.userId, actorRole: actor.role, organizationId, aggregateId: id, field: "createAccountingExport", requestId });
    return created;
  });
}

/** Renders a stored export again from its reimbursements and mapping: the same bytes as the stored file. */
export async function reproduceExport(uow: UnitOfWork, organizationId: string, exportId: string): Promise<string> {
  return uow.run({ organizationId }, async (tx) => {
    const stored = await createAccountingRepository(tx, scopes.organization(organizationId)).byId(exportId);
    if (!stored) throw notFound("Accounting export");
    const rows = await createReimbursementRepository(tx, scopes.organization(organizationId)).byExportId(exportId);
    return renderExport(await batchOf(tx, organizationId, exportId, stored.system, osloDate(stored.createdAt), stored.mapping as AccountMapping[], rows)).content;
  });
}

export async function markExportPaid(uow: UnitOfWork, actor: Submitter, requestId: string, exportId: string): Promise<AccountingExportRow> {
  const organizationId = adminOrg(actor);
  return uow.run({ organizationId }, async (tx, events) => {
    const accounting = createAccountingRepository(tx, scopes.organization(organizationId, actor.userId));
    const now = new Date();
    const paid = await accounting.markPaid(exportId, actor.userId, now);
    if (!paid) {
      if (await accounting.byId(exportId)) throw conflict("The export is already marked paid (export_already_paid)");
      throw notFound("Accounting export");
    }
    const rows = await createReimbursementRepository(tx, scopes.organization(organizationId, actor.userId)).markPaid(exportId, now);
    for (const r of rows) {
      await events.emit({
        type: "finance.reimbursement.paid",
        aggregateId: r.id,
        organizationId,
        actorId: actor.userId,
        payload: { reimbursementId: r.id, userId: r.userId, totalOre: r.totalOre, exportId, paidAt: now.toISOString() },
      });
    }
    await audit(events, { action: "accounting_export.paid", actorId: actor.userId, actorRole: actor.role, organizationId, aggregateId: exportId, field: "markAccountingExportPaid", requestId });
    return paid;
  });
}
