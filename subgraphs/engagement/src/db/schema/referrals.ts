import { sql } from "drizzle-orm";
import { index, integer, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

/** A personal invite link: a mentor's or coordinator's unique code for recruiting members. */
export const referralLinks = engagement.table(
  "referral_links",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    referrerId: uuid("referrer_id").notNull(),
    code: text("code").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("referral_links_code_idx").on(t.code),
    index("referral_links_org_referrer_idx").on(t.organizationId, t.referrerId),
  ],
);

export const referralStep = engagement.enum("referral_step", [
  "click",
  "install",
  "registration",
  "first_login",
  "activation",
]);

/**
 * One step of the referral funnel, attributed to a link. `subject` identifies
 * who took the step (a device or visitor key, or the new user's id): a step is
 * counted once per subject.
 */
export const referralEvents = engagement.table(
  "referral_events",
  {
    id: uuid("id").primaryKey(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => referralLinks.id),
    step: referralStep("step").notNull(),
    subject: text("subject"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("referral_events_once_idx")
      .on(t.linkId, t.step, t.subject)
      .where(sql`${t.subject} is not null`),
    index("referral_events_link_idx").on(t.linkId, t.step),
  ],
);

/**
 * A first sign-in or first activity of a person whose registration has not reached engagement yet: identity's and
 * activity's events come through separate consumers in no fixed order, so these wait here and move onto the link
 * when the registration arrives (or stay, for the many people who did not come through a link: one row per person
 * and step at most). Erasure of the person clears them with the rest of their funnel.
 */
export const referralPendingSteps = engagement.table(
  "referral_pending_steps",
  {
    userId: uuid("user_id").notNull(),
    step: referralStep("step").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.step] })],
);

/** A conversation-starter card or practical resource in the mentor toolbox, per organization and product. */
export const toolboxCards = engagement.table(
  "toolbox_cards",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    product: text("product").notNull(),
    topic: text("topic"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    mediaUrl: text("media_url"),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when archived: hidden from the normal list, kept for administrators (null = in use). */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("toolbox_cards_org_product_idx").on(t.organizationId, t.product, t.sortOrder)],
);

/** A help item (question and answer) for a product; organizationId null = for every organization. */
export const faqItems = engagement.table(
  "faq_items",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id"),
    product: text("product").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Position in the product's list (set by reorderFaqItems); without a search, items are listed by it. */
    sortOrder: integer("sort_order").notNull().default(0),
    /** Set when archived: hidden from the normal list, kept for administrators (null = in use). */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("faq_items_product_idx").on(t.product, t.organizationId)],
);

export type ReferralLinkRow = typeof referralLinks.$inferSelect;
export type ReferralStep = (typeof referralStep.enumValues)[number];
export type ToolboxCardRow = typeof toolboxCards.$inferSelect;
export type FaqItemRow = typeof faqItems.$inferSelect;
