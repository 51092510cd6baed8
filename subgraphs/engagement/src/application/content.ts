/**
 * Keeping the toolbox and the FAQ: edit, archive (and restore) and reorder, one
 * transaction each, audited (toolbox_card.* and faq_item.*). Archived rows stay;
 * the lists hide them unless an administrator asks for them.
 */
import { badInput, forbiddenBy, notFound } from "@meander/validation";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createReferralRepository, type FaqItemRow, type ToolboxCardRow } from "../db/repositories/referrals.js";
import { mergeEdit, reorderPositions } from "../domain/content.js";
import { validateCard, validateFaq } from "../domain/referral.js";
import { auditChange, type AuditActor } from "./audit.js";

type CardChanges = Partial<Record<"product" | "topic" | "title" | "body" | "mediaUrl" | "sortOrder", unknown>>;
type FaqChanges = Partial<Record<"product" | "question" | "answer", unknown>>;

const changed = (changes: object) =>
  Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);

function fail(v: { rule: string; field: string; message: string } | undefined): void {
  if (v) throw badInput(v.rule, v.field, v.message);
}

/** A global FAQ item (for every organization) is kept by global administrators only. */
function mayKeep(item: FaqItemRow, actor: AuditActor): void {
  if (item.organizationId === null && actor.role !== "global_admin")
    throw forbiddenBy(
      "global_content_permission",
      "Only global administrators change FAQ items for every organization",
    );
}

export async function updateToolboxCard(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  changes: CardChanges,
  actor: AuditActor,
): Promise<ToolboxCardRow> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const [card] = await repo.lockCards([id]);
    if (!card) throw notFound("ToolboxCard");
    const next = mergeEdit(card, changes, ["topic", "mediaUrl"]);
    fail(validateCard(next)[0]);
    const updated = await repo.updateCard(id, {
      product: next.product,
      topic: next.topic,
      title: next.title,
      body: next.body,
      mediaUrl: next.mediaUrl,
      sortOrder: next.sortOrder,
    });
    await auditChange(events, actor, card.organizationId, {
      action: "toolbox_card.updated",
      subject: { type: "ToolboxCard", id },
      fields: changed(changes),
    });
    return updated;
  });
}

export async function archiveToolboxCard(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  archived: boolean,
  actor: AuditActor,
  now: Date,
): Promise<ToolboxCardRow> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const [card] = await repo.lockCards([id]);
    if (!card) throw notFound("ToolboxCard");
    const updated = await repo.updateCard(id, { archivedAt: archived ? (card.archivedAt ?? now) : null });
    const action = archived ? "toolbox_card.archived" : "toolbox_card.restored";
    await auditChange(events, actor, card.organizationId, {
      action,
      subject: { type: "ToolboxCard", id },
      fields: ["archivedAt"],
    });
    return updated;
  });
}

export async function reorderToolboxCards(
  uow: UnitOfWork,
  scope: Scope,
  ids: readonly string[],
  actor: AuditActor,
): Promise<ToolboxCardRow[]> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const cards = await repo.lockCards(ids);
    const order = reorderPositions(ids, new Set(cards.map((c) => c.id)), "card");
    if ("violation" in order) throw badInput(order.violation.rule, order.violation.field, order.violation.message);
    const result: ToolboxCardRow[] = [];
    for (const [id, sortOrder] of order.positions) result.push(await repo.updateCard(id, { sortOrder }));
    const organizationId = scope.organizationId ?? cards[0]?.organizationId ?? null;
    if (organizationId)
      await auditChange(events, actor, organizationId, {
        action: "toolbox_card.reordered",
        subject: { type: "Organization", id: organizationId },
        fields: ["sortOrder"],
      });
    return result;
  });
}

export async function updateFaqItem(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  changes: FaqChanges,
  actor: AuditActor,
): Promise<FaqItemRow> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const [item] = await repo.faqByIds([id]);
    if (!item) throw notFound("FaqItem");
    mayKeep(item, actor);
    const next = mergeEdit(item, changes, []);
    fail(validateFaq(next)[0]);
    const updated = await repo.updateFaq(id, { product: next.product, question: next.question, answer: next.answer });
    await auditChange(events, actor, item.organizationId, {
      action: "faq_item.updated",
      subject: { type: "FaqItem", id },
      fields: changed(changes),
    });
    return updated;
  });
}

export async function archiveFaqItem(
  uow: UnitOfWork,
  scope: Scope,
  id: string,
  archived: boolean,
  actor: AuditActor,
  now: Date,
): Promise<FaqItemRow> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const [item] = await repo.faqByIds([id]);
    if (!item) throw notFound("FaqItem");
    mayKeep(item, actor);
    const updated = await repo.updateFaq(id, { archivedAt: archived ? (item.archivedAt ?? now) : null });
    const action = archived ? "faq_item.archived" : "faq_item.restored";
    await auditChange(events, actor, item.organizationId, {
      action,
      subject: { type: "FaqItem", id },
      fields: ["archivedAt"],
    });
    return updated;
  });
}

export async function reorderFaqItems(
  uow: UnitOfWork,
  scope: Scope,
  ids: readonly string[],
  actor: AuditActor,
): Promise<FaqItemRow[]> {
  return uow.run(scope, async (tx, events) => {
    const repo = createReferralRepository(tx, scope);
    const items = await repo.faqByIds(ids);
    const order = reorderPositions(ids, new Set(items.map((i) => i.id)), "faq");
    if ("violation" in order) throw badInput(order.violation.rule, order.violation.field, order.violation.message);
    for (const item of items) mayKeep(item, actor);
    const result: FaqItemRow[] = [];
    for (const [id, sortOrder] of order.positions) result.push(await repo.updateFaq(id, { sortOrder }));
    const organizationId = scope.organizationId ?? null;
    await auditChange(events, actor, organizationId, {
      action: "faq_item.reordered",
      subject: organizationId ? { type: "Organization", id: organizationId } : null,
      fields: ["sortOrder"],
    });
    return result;
  });
}
