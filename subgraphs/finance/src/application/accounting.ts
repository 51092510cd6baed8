/**
 * Accounting exports: a batch of approved, not yet exported reimbursements
 * written as the accounting system's journal import file, stored and
 * downloadable; each reimbursement (and so each expense) is exported exactly
 * once, also when two exports start at the same time. Marking a batch paid
 * pays its reimbursements and tells the mentors (finance.reimbursement.paid).
 */
import { badInput, conflictBy, notFound, type AccountMapping } from "@meander/validation";
import { createHash, randomUUID } from "node:crypto";
import { scopes, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createAccountingRepository,
  type AccountingExportRow,
  type ExportLabels,
} from "../db/repositories/accounting.js";
import { createExpenseTypeRepository } from "../db/repositories/expense-types.js";
import { createPayeeRepository } from "../db/repositories/payees.js";
import { createReimbursementRepository, type ReimbursementRow } from "../db/repositories/reimbursements.js";
import { MAX_VOUCHER, renderExport, type AccountingSystem, type ExportBatch } from "../domain/accounting.js";
import type { Submitter } from "../domain/expense.js";
import { osloDate } from "../domain/expense-type.js";
import { audit } from "./approvals.js";
import { adminOrg, payeesFor } from "./payees.js";

/** What a file is rendered from besides its reimbursements: the settings and labels of the moment it was made. */
interface WrittenWith {
  system: AccountingSystem;
  postingDate: string;
  mapping: AccountMapping[];
  entityCode: string | null;
  firstVoucher: number;
  labels: ExportLabels;
}

/** The batch (reimbursements with their expenses) exactly as a file is rendered from it. */
async function batchOf(tx: Tx, organizationId: string, w: WrittenWith, rows: ReimbursementRow[]): Promise<ExportBatch> {
  const expenses = await createReimbursementRepository(tx, scopes.organization(organizationId)).expensesOf(
    rows.map((r) => r.id),
  );
  return {
    system: w.system,
    postingDate: w.postingDate,
    mapping: w.mapping,
    entityCode: w.entityCode,
    firstVoucher: w.firstVoucher,
    reimbursements: rows.map((r) => ({
      reimbursementId: r.id,
      userId: r.userId,
      payee: w.labels.payees[r.userId]!,
      expenses: expenses
        .filter((e) => e.reimbursementId === r.id)
        .map((e) => ({
          expenseId: e.id,
          expenseTypeKey: e.expenseType,
          expenseTypeName: w.labels.expenseTypes[e.expenseType] ?? e.expenseType,
          amountOre: e.amountOre,
          description: e.description,
        })),
    })),
  };
}

/** The organization's names of its expense types, by key (inactive ones too: a claim may be older than the change). */
async function typeNames(tx: Tx, organizationId: string): Promise<Record<string, string>> {
  const types = await createExpenseTypeRepository(tx, scopes.organization(organizationId)).list({
    includeInactive: true,
  });
  return Object.fromEntries(types.map((t) => [t.key, t.name]));
}

export async function createAccountingExport(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  system: AccountingSystem,
  now: Date = new Date(),
): Promise<AccountingExportRow> {
  const organizationId = adminOrg(actor);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const reimbursements = createReimbursementRepository(tx, scopes.organization(organizationId, actor.userId));
    const rows = await reimbursements.lockExportable();
    if (rows.length === 0)
      throw badInput("nothing_to_export", "system", "There are no approved reimbursements waiting for an export");
    const accounting = createAccountingRepository(tx, scopes.organization(organizationId, actor.userId));
    const settings = await accounting.settings();
    const entityCode = settings?.entityCode ?? null;
    if (system === "xledger" && !entityCode) {
      throw badInput(
        "entity_code_missing",
        "system",
        "Xledger-filen trenger organisasjonens foretakskode (Entity): legg den inn i regnskapsintegrasjonen først",
      );
    }
    const payees = await payeesFor(
      tx,
      organizationId,
      rows.map((r) => r.userId),
    );
    const firstVoucher = await createPayeeRepository(tx, scopes.organization(organizationId)).allocateVouchers(
      rows.length,
    );
    if (firstVoucher + rows.length - 1 > MAX_VOUCHER)
      throw new Error("the organization's voucher numbers are used up (8 digits)");
    const id = randomUUID();
    const written: WrittenWith = {
      system,
      postingDate: osloDate(now),
      mapping: settings?.accountMapping ?? [],
      entityCode,
      firstVoucher,
      labels: { payees: Object.fromEntries(payees), expenseTypes: await typeNames(tx, organizationId) },
    };
    const file = renderExport(await batchOf(tx, organizationId, written, rows));
    if (file.totalOre !== rows.reduce((s, r) => s + r.totalOre, 0))
      throw new Error("export total differs from its reimbursements");
    const sha256 = createHash("sha256").update(file.content).digest("hex");
    const created = await accounting.insert({
      id,
      organizationId,
      system,
      fileName: file.fileName,
      contentType: file.contentType,
      content: file.content,
      sha256,
      mapping: written.mapping,
      firstVoucher,
      entityCode,
      labels: written.labels,
      reimbursementCount: rows.length,
      lineCount: file.lineCount,
      totalOre: file.totalOre,
      createdBy: actor.userId,
      createdAt: now,
    });
    if (
      (await reimbursements.markExported(
        rows.map((r) => r.id),
        id,
        now,
      )) !== rows.length
    )
      throw conflictBy("reimbursement_already_exported", "A reimbursement was exported meanwhile; try again");
    await events.emit({
      type: "finance.accounting_export.completed",
      aggregateId: id,
      organizationId,
      actorId: actor.userId,
      payload: { exportId: id, system, reimbursementCount: rows.length, totalOre: file.totalOre, sha256 },
    });
    await audit(events, {
      action: "accounting_export.created",
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: id,
      field: "createAccountingExport",
      requestId,
    });
    return created;
  });
}

/** Renders a stored export again from its reimbursements and mapping: the same bytes as the stored file. */
export async function reproduceExport(uow: UnitOfWork, organizationId: string, exportId: string): Promise<string> {
  return uow.run(scopes.organization(organizationId), async (tx) => {
    const stored = await createAccountingRepository(tx, scopes.organization(organizationId)).byId(exportId);
    if (!stored) throw notFound("Accounting export");
    const rows = await createReimbursementRepository(tx, scopes.organization(organizationId)).byExportId(exportId);
    if (stored.firstVoucher === null || stored.labels === null)
      throw new Error("an export made before voucher numbering cannot be rendered again");
    const written: WrittenWith = {
      system: stored.system,
      postingDate: osloDate(stored.createdAt),
      mapping: stored.mapping as AccountMapping[],
      entityCode: stored.entityCode,
      firstVoucher: stored.firstVoucher,
      labels: stored.labels,
    };
    return renderExport(await batchOf(tx, organizationId, written, rows)).content;
  });
}

export async function markExportPaid(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  exportId: string,
  now: Date = new Date(),
): Promise<AccountingExportRow> {
  const organizationId = adminOrg(actor);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const accounting = createAccountingRepository(tx, scopes.organization(organizationId, actor.userId));
    const paid = await accounting.markPaid(exportId, actor.userId, now);
    if (!paid) {
      if (await accounting.byId(exportId))
        throw conflictBy("export_already_paid", "The export is already marked paid (export_already_paid)");
      throw notFound("Accounting export");
    }
    const rows = await createReimbursementRepository(tx, scopes.organization(organizationId, actor.userId)).markPaid(
      exportId,
      now,
    );
    for (const r of rows) {
      await events.emit({
        type: "finance.reimbursement.paid",
        aggregateId: r.id,
        organizationId,
        actorId: actor.userId,
        payload: { reimbursementId: r.id, userId: r.userId, totalOre: r.totalOre, exportId, paidAt: now.toISOString() },
      });
    }
    await audit(events, {
      action: "accounting_export.paid",
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: exportId,
      field: "markAccountingExportPaid",
      requestId,
    });
    return paid;
  });
}
