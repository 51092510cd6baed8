/**
 * Reimbursements: bundling a mentor's approved expenses into one claim (its
 * total the sum of its items), the automatic check, and a coordinator's
 * approval of the payout where the check could not approve it.
 */
import { badInput, conflictBy, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, sees } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createApprovalRepository } from "../db/repositories/approvals.js";
import { createReimbursementRepository, type ReimbursementRow } from "../db/repositories/reimbursements.js";
import type { Submitter } from "../domain/expense.js";
import { automaticReimbursementCheck, mayBundleFor, sumOre } from "../domain/reimbursement.js";
import { NOTE_MAX } from "../domain/approval.js";
import { audit } from "./approvals.js";
import { actorScope } from "./scope.js";

/**
 * Bundles the approved, not yet bundled expenses of a mentor (the caller when userId is omitted) that the actor sees,
 * of one local association (the oldest waiting expense's): a reimbursement belongs to one local association, whose
 * coordinators approve it. A mentor with claims in two local associations gets one reimbursement per call for each.
 */
export async function createReimbursement(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  userId: string | null,
): Promise<ReimbursementRow> {
  const mentor = userId ?? actor.userId;
  if (actor.organizationId === null || !mayBundleFor(actor, mentor))
    throw forbiddenBy("own_reimbursement_only", "You may claim a reimbursement only for yourself");
  const organizationId = actor.organizationId;
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const repo = createReimbursementRepository(tx, actorScope(actor));
    const waiting = await repo.lockBundleable(mentor);
    const localAssociationId = waiting[0]?.localAssociationId ?? null;
    const items = waiting.filter((i) => i.localAssociationId === localAssociationId);
    if (items.length === 0)
      throw badInput("nothing_to_reimburse", "userId", "There are no approved expenses waiting for a reimbursement");
    const approvals = await createApprovalRepository(tx, scopes.organization(organizationId)).byExpenseIds(
      items.map((i) => i.id),
    );
    const automaticIds = new Set(
      approvals.filter((a) => a.automatic && a.decision === "approved").map((a) => a.expenseId),
    );
    const check = automaticReimbursementCheck(items.map((i) => ({ automatic: automaticIds.has(i.id) })));
    const now = new Date();
    const reimbursement = await repo.insert({
      id: randomUUID(),
      organizationId,
      localAssociationId,
      userId: mentor,
      status: check.outcome === "approved" ? "approved" : "pending_approval",
      totalOre: sumOre(items),
      itemCount: items.length,
      createdBy: actor.userId,
      createdAt: now,
      approvedAt: check.outcome === "approved" ? now : null,
    });
    // The rows are locked, so every one of them is bundled here, exactly once.
    if (
      (await repo.bundle(
        items.map((i) => i.id),
        reimbursement.id,
      )) !== items.length
    )
      throw conflictBy("expense_already_bundled", "Some expenses were bundled meanwhile; try again");
    await repo.insertApproval({
      id: randomUUID(),
      reimbursementId: reimbursement.id,
      organizationId,
      automatic: true,
      outcome: check.outcome,
      rule: check.rule,
      decidedAt: now,
    });
    await audit(events, {
      action: "reimbursement.created",
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: reimbursement.id,
      field: "createReimbursement",
      requestId,
    });
    return reimbursement;
  });
}

/** A coordinator's (or administrator's) approval of a reimbursement the automatic check left for review. */
export async function approveReimbursement(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  input: { id: string; note: string | null },
): Promise<ReimbursementRow> {
  if (actor.organizationId === null || (actor.role !== "coordinator" && actor.role !== "org_admin"))
    throw forbiddenBy("approver_role", "Only coordinators and administrators approve reimbursements");
  const organizationId = actor.organizationId;
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX) throw badInput("note_length", "note", `At most ${NOTE_MAX} characters`);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const repo = createReimbursementRepository(tx, scopes.organization(organizationId, actor.userId));
    const r = await repo.lockById(input.id);
    if (!r) throw notFound("Reimbursement");
    if (!sees(actorScope(actor), { organizationId, localAssociationId: r.localAssociationId, ownerId: r.userId })) {
      throw forbiddenBy("approver_scope", "Du kan bare godkjenne refusjoner fra dine egne lokallag");
    }
    if (r.userId === actor.userId) throw forbiddenBy("no_self_approval", "You cannot approve your own reimbursement");
    if (r.status !== "pending_approval")
      throw conflictBy("reimbursement_not_pending", `The reimbursement is ${r.status}, not pending approval`);
    const now = new Date();
    await repo.insertApproval({
      id: randomUUID(),
      reimbursementId: r.id,
      organizationId,
      automatic: false,
      outcome: "approved",
      decidedBy: actor.userId,
      note,
      decidedAt: now,
    });
    await audit(events, {
      action: "reimbursement.approved",
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: r.id,
      field: "approveReimbursement",
      requestId,
    });
    return repo.update(r.id, { status: "approved", approvedAt: now });
  });
}
