/** Referral links and their funnel events; toolbox cards and FAQ items. */
import { writableIn } from "@meander/db";
import { and, asc, eq, inArray, isNull, or, sql, type Column } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import {
  faqItems,
  referralEvents,
  referralLinks,
  referralPendingSteps,
  toolboxCards,
  type FaqItemRow,
  type ReferralLinkRow,
  type ReferralStep,
  type ToolboxCardRow,
} from "../schema/index.js";
import { personFilter, seesAnyone, tenantFilter } from "./scope.js";
export type { FaqItemRow, ReferralLinkRow, ReferralStep, ToolboxCardRow } from "../schema/index.js";

/**
 * `scope`: the caller's; the funnel's steps (reported by people who are not signed in yet, or learnt from other
 * domains' events) are recorded by use cases that name the platform. A funnel event has no organization of its own:
 * it is in sight when its link is; a step held for a person before their registration is known belongs to no
 * organization yet (any scope but nobody).
 */
export function createReferralRepository(db: Executor, scope: Scope) {
  const linksInScope = tenantFilter(referralLinks.organizationId, scope);
  /** The funnel rows of links in sight (no limit for the platform). */
  const onLinkInScope = (linkId: Column) =>
    linksInScope === undefined
      ? undefined
      : inArray(linkId, db.select({ id: referralLinks.id }).from(referralLinks).where(linksInScope));
  /** The caller's organization's FAQ items and those for every organization (the platform: all). */
  const faqInScope = () => {
    const organizationId = scope?.organizationId ?? null;
    return scope === null
      ? sql`false`
      : organizationId
        ? or(isNull(faqItems.organizationId), eq(faqItems.organizationId, organizationId))
        : undefined;
  };
  return {
    async insertLink(row: {
      id: string;
      organizationId: string;
      referrerId: string;
      code: string;
    }): Promise<ReferralLinkRow | null> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(referralLinks).values(row).onConflictDoNothing().returning();
      return created ?? null;
    },
    /** A link by its code, among the links in sight (the funnel's use cases name the platform: any organization). */
    async linkByCode(code: string): Promise<ReferralLinkRow | null> {
      const [row] = await db
        .select()
        .from(referralLinks)
        .where(and(eq(referralLinks.code, code), linksInScope));
      return row ?? null;
    },
    async linksOf(referrerId: string | null): Promise<ReferralLinkRow[]> {
      return db
        .select()
        .from(referralLinks)
        .where(
          and(
            personFilter(referralLinks.organizationId, referralLinks.referrerId, scope),
            referrerId ? eq(referralLinks.referrerId, referrerId) : undefined,
          ),
        )
        .orderBy(asc(referralLinks.createdAt), asc(referralLinks.id));
    },
    /** Every link of the organization, for its funnel totals (a sum names nobody, so it is not limited to people in sight). */
    async organizationLinkIds(): Promise<string[]> {
      const rows = await db
        .select({ id: referralLinks.id })
        .from(referralLinks)
        .where(tenantFilter(referralLinks.organizationId, scope));
      return rows.map((r) => r.id);
    },
    /** The link a person's registration was counted on (the person's user id is the step's subject). */
    async linkOfReferred(userId: string): Promise<string | null> {
      const [row] = await db
        .select({ linkId: referralEvents.linkId })
        .from(referralEvents)
        .where(
          and(
            eq(referralEvents.step, "registration"),
            eq(referralEvents.subject, userId),
            onLinkInScope(referralEvents.linkId),
          ),
        )
        .orderBy(asc(referralEvents.occurredAt))
        .limit(1);
      return row?.linkId ?? null;
    },
    /** Keeps a person's step until their registration is known (the first of each step only). */
    async holdStep(userId: string, step: ReferralStep, occurredAt: Date): Promise<void> {
      if (!seesAnyone(scope)) return;
      await db.insert(referralPendingSteps).values({ userId, step, occurredAt }).onConflictDoNothing();
    },
    /** The steps held for a person, taken out of waiting. */
    async takeHeldSteps(userId: string): Promise<Array<{ step: ReferralStep; occurredAt: Date }>> {
      if (!seesAnyone(scope)) return [];
      return db
        .delete(referralPendingSteps)
        .where(eq(referralPendingSteps.userId, userId))
        .returning({ step: referralPendingSteps.step, occurredAt: referralPendingSteps.occurredAt });
    },
    /** Records a step on a link in sight; false when this subject took this step on this link before. */
    async recordStep(row: {
      id: string;
      linkId: string;
      step: ReferralStep;
      subject: string | null;
      occurredAt?: Date;
    }): Promise<boolean> {
      const inSight = onLinkInScope(referralLinks.id);
      if (inSight) {
        const [link] = await db
          .select({ id: referralLinks.id })
          .from(referralLinks)
          .where(and(eq(referralLinks.id, row.linkId), inSight));
        if (!link) return false;
      }
      const created = await db
        .insert(referralEvents)
        .values(row)
        .onConflictDoNothing({
          target: [referralEvents.linkId, referralEvents.step, referralEvents.subject],
          where: sql`${referralEvents.subject} is not null`,
        })
        .returning({ id: referralEvents.id });
      return created.length > 0;
    },
    /** Step counts per link. */
    async funnels(linkIds: readonly string[]): Promise<Array<{ linkId: string; step: ReferralStep; n: number }>> {
      if (linkIds.length === 0) return [];
      return db
        .select({ linkId: referralEvents.linkId, step: referralEvents.step, n: sql<number>`count(*)::int` })
        .from(referralEvents)
        .where(and(inArray(referralEvents.linkId, [...linkIds]), onLinkInScope(referralEvents.linkId)))
        .groupBy(referralEvents.linkId, referralEvents.step);
    },
    async insertCard(row: typeof toolboxCards.$inferInsert): Promise<ToolboxCardRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(toolboxCards).values(row).returning();
      return created!;
    },
    /** The organization's cards, in their order; archived ones only when asked for. */
    async cards(product: string | null, includeArchived = false): Promise<ToolboxCardRow[]> {
      return db
        .select()
        .from(toolboxCards)
        .where(
          and(
            tenantFilter(toolboxCards.organizationId, scope),
            product ? eq(toolboxCards.product, product) : undefined,
            includeArchived ? undefined : isNull(toolboxCards.archivedAt),
          ),
        )
        .orderBy(asc(toolboxCards.sortOrder), asc(toolboxCards.title), asc(toolboxCards.id));
    },
    /** An item of the caller's organization, or (organizationId null) for every organization. */
    async insertFaq(row: typeof faqItems.$inferInsert): Promise<FaqItemRow> {
      if (row.organizationId) writableIn(scope, row.organizationId);
      const [created] = await db.insert(faqItems).values(row).returning();
      return created!;
    },
    /** The product's FAQ: the caller's organization's items and the items for every organization; optionally a full-text search (Norwegian stemming). */
    async faq(product: string, search: string | null, includeArchived = false): Promise<FaqItemRow[]> {
      const text = sql`to_tsvector('norwegian', ${faqItems.question} || ' ' || ${faqItems.answer})`;
      return db
        .select()
        .from(faqItems)
        .where(
          and(
            eq(faqItems.product, product),
            faqInScope(),
            search ? sql`${text} @@ websearch_to_tsquery('norwegian', ${search})` : undefined,
            includeArchived ? undefined : isNull(faqItems.archivedAt),
          ),
        )
        .orderBy(
          ...(search
            ? [sql`ts_rank(${text}, websearch_to_tsquery('norwegian', ${search})) desc`]
            : [asc(faqItems.sortOrder)]),
          asc(faqItems.question),
          asc(faqItems.id),
        )
        .limit(100);
    },
    /** Cards of the organization by id, locked for an edit. */
    async lockCards(ids: readonly string[]): Promise<ToolboxCardRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(toolboxCards)
        .where(and(inArray(toolboxCards.id, [...ids]), tenantFilter(toolboxCards.organizationId, scope)))
        .for("update");
    },
    async updateCard(id: string, fields: Partial<typeof toolboxCards.$inferInsert>): Promise<ToolboxCardRow> {
      const [row] = await db
        .update(toolboxCards)
        .set(fields)
        .where(and(eq(toolboxCards.id, id), tenantFilter(toolboxCards.organizationId, scope)))
        .returning();
      return row!;
    },
    /** FAQ items the caller's organization sees (its own and those for every organization). Not locked: row-level security lets only a global administrator lock an item for every organization. */
    async faqByIds(ids: readonly string[]): Promise<FaqItemRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(faqItems)
        .where(and(inArray(faqItems.id, [...ids]), faqInScope()));
    },
    async updateFaq(id: string, fields: Partial<typeof faqItems.$inferInsert>): Promise<FaqItemRow> {
      const [row] = await db
        .update(faqItems)
        .set(fields)
        .where(and(eq(faqItems.id, id), faqInScope()))
        .returning();
      return row!;
    },
  };
}
