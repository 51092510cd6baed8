/** Referral links (personal invite codes) and their funnel; toolbox cards and FAQ items. */
import { refuseIfAny, badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomBytes, randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createReferralRepository,
  type FaqItemRow,
  type ReferralLinkRow,
  type ReferralStep,
  type ToolboxCardRow,
} from "../db/repositories/referrals.js";
import { isPublicStep, normalizeCode, referralCode, validateCard, validateFaq } from "../domain/referral.js";

function orgOf(scope: Scope): string {
  if (!scope.organizationId) throw forbiddenBy("organization_context_required", "Act within an organization");
  return scope.organizationId;
}

/** A new personal link for the caller (a fresh code; a collision, vanishingly rare, draws again). */
export async function createReferralLink(uow: UnitOfWork, scope: Scope, referrerId: string): Promise<ReferralLinkRow> {
  const organizationId = orgOf(scope);
  return uow.run(scope, async (tx) => {
    const repo = createReferralRepository(tx, scope);
    for (;;) {
      const link = await repo.insertLink({
        id: randomUUID(),
        organizationId,
        referrerId,
        code: referralCode(randomBytes(16)),
      });
      if (link) return link;
    }
  });
}

/**
 * Records a click or an install for a code (callable before sign-in); a step already recorded for
 * the same subject counts once. Registration, first sign-in and activation are never posted: they
 * come from identity's and activity's events for the person who arrived through the link
 * (recordReferredStep), so nobody can inflate the funnel by posting them.
 */
export async function recordReferralStep(
  uow: UnitOfWork,
  input: { code: string; step: ReferralStep; subject: string | null },
): Promise<boolean> {
  if (!isPublicStep(input.step))
    throw forbiddenBy(
      "referral_step_public",
      "Only clicks and installs are recorded by callers; registration, first sign-in and activation come from the person's own events",
    );
  const subject = input.subject?.trim() || null;
  if (subject && subject.length > 200) throw badInput("subject_length", "subject", "Subject is at most 200 characters");
  // The code may be any organization's (the caller is not signed in yet): the platform's reach.
  const platform = scopes.platform();
  return uow.run(platform, async (tx) => {
    const repo = createReferralRepository(tx, platform);
    const link = await repo.linkByCode(normalizeCode(input.code));
    if (!link) throw notFound("Referral link");
    await repo.recordStep({ id: randomUUID(), linkId: link.id, step: input.step, subject });
    return true;
  });
}

/**
 * A funnel step from another domain's event. Registration: the person accepted an invitation with
 * the link's code (identity.invitation.accepted; a link of the invitation's organization only).
 * First sign-in and activation (their first activity): only for a person whose registration came
 * through a link, counted on that link once.
 */
export async function recordReferredStep(
  tx: Tx,
  event: {
    organizationId: string | null;
    userId: string;
    step: Exclude<ReferralStep, "click" | "install">;
    code?: string | null;
    occurredAt: Date;
  },
): Promise<void> {
  // Identity's and activity's events, of any organization (the link's is checked below): the platform's reach.
  const repo = createReferralRepository(tx, scopes.platform());
  if (event.step !== "registration") {
    // Identity's and activity's events arrive in no fixed order between them: a step before the registration is
    // known waits, and moves onto the link when the registration comes (referral_pending_steps).
    const linkId = await repo.linkOfReferred(event.userId);
    if (linkId)
      await repo.recordStep({
        id: randomUUID(),
        linkId,
        step: event.step,
        subject: event.userId,
        occurredAt: event.occurredAt,
      });
    else await repo.holdStep(event.userId, event.step, event.occurredAt);
    return;
  }
  const link = event.code ? await repo.linkByCode(normalizeCode(event.code)) : null;
  if (!link || link.organizationId !== event.organizationId) return;
  await repo.recordStep({
    id: randomUUID(),
    linkId: link.id,
    step: "registration",
    subject: event.userId,
    occurredAt: event.occurredAt,
  });
  for (const held of await repo.takeHeldSteps(event.userId)) {
    await repo.recordStep({
      id: randomUUID(),
      linkId: link.id,
      step: held.step,
      subject: event.userId,
      occurredAt: held.occurredAt,
    });
  }
}

export async function createToolboxCard(
  uow: UnitOfWork,
  scope: Scope,
  input: {
    product: string;
    topic?: string | null;
    title: string;
    body: string;
    mediaUrl?: string | null;
    sortOrder?: number | null;
  },
): Promise<ToolboxCardRow> {
  const organizationId = orgOf(scope);
  refuseIfAny(validateCard(input));
  return uow.run(scope, (tx) =>
    createReferralRepository(tx, scope).insertCard({
      id: randomUUID(),
      organizationId,
      product: input.product,
      topic: input.topic?.trim() || null,
      title: input.title.trim(),
      body: input.body.trim(),
      mediaUrl: input.mediaUrl?.trim() || null,
      sortOrder: input.sortOrder ?? 0,
    }),
  );
}

/** An FAQ item for the caller's organization, or (global administrators, forAllOrganizations) for every organization. */
export async function createFaqItem(
  uow: UnitOfWork,
  scope: Scope,
  role: string,
  input: { product: string; question: string; answer: string; forAllOrganizations?: boolean | null },
): Promise<FaqItemRow> {
  refuseIfAny(validateFaq(input));
  const global = input.forAllOrganizations === true;
  if (global && role !== "global_admin")
    throw forbiddenBy("global_content_permission", "Only global administrators write FAQ items for every organization");
  const organizationId = global ? null : orgOf(scope);
  return uow.run(scope, (tx) =>
    createReferralRepository(tx, scope).insertFaq({
      id: randomUUID(),
      organizationId,
      product: input.product,
      question: input.question.trim(),
      answer: input.answer.trim(),
    }),
  );
}
