/**
 * What each notification says (pure): a text is rendered when the notification is made, in the recipient's
 * language (identity's preferred language; bokmål when unknown) with their organization's terminology, from
 * @meander/messages' catalog (`notification.*`). Everything is named by name, never by id.
 */
import {
  formatDay,
  formatKroner,
  formatMoment,
  formatNumber,
  t,
  type Language,
  type MessageKey,
  type TerminologyLabels,
} from "@meander/messages";

export interface RenderedText {
  title: string;
  body: string;
}
/** A notification's text in a language, with an organization's terminology. */
export type NotificationText = (lang: Language, terminology?: TerminologyLabels) => RenderedText;

export const noContactText =
  (sinceDay: string): NotificationText =>
  (lang, terms) => ({
    title: t("notification.no_contact.title", lang, {}, terms),
    body: t("notification.no_contact.body", lang, { since: formatDay(sinceDay, lang) }, terms),
  });

/** A certification's expiry reminder, naming its lead time (`days`: 30 or 7, the scenario's). */
export const certificationExpiringText =
  (certification: string, validUntil: string, days: number): NotificationText =>
  (lang, terms) => {
    const params = { certification, days, validUntil: formatDay(validUntil, lang) };
    return {
      title: t("notification.certification_expiring.title", lang, params, terms),
      body: t("notification.certification_expiring.body", lang, params, terms),
    };
  };

/** Activities waiting in a local association (named; unknown name: the organization's word for it). */
export const approvalPendingText =
  (count: number, localAssociation: string | null): NotificationText =>
  (lang, terms) => {
    const params = { count, localAssociation: localAssociation ?? t("local_association", lang, {}, terms) };
    return {
      title: t("notification.approval_pending.title", lang, {}, terms),
      body: t(
        count === 1 ? "notification.approval_pending.body.one" : "notification.approval_pending.body.other",
        lang,
        params,
        terms,
      ),
    };
  };

export const waitlistPromotedText =
  (course: { title: string; startsOn: string }): NotificationText =>
  (lang, terms) => {
    const params = { course: course.title, date: formatDay(course.startsOn, lang) };
    return {
      title: t("notification.waitlist_promoted.title", lang, params, terms),
      body: t("notification.waitlist_promoted.body", lang, params, terms),
    };
  };

/** The cancellation notice, naming the course; a waitlisted person is told their place on the waitlist ended. */
export const courseCancelledText =
  (course: { title: string; startsOn: string }, waitlisted: boolean): NotificationText =>
  (lang, terms) => {
    const params = { course: course.title, date: formatDay(course.startsOn, lang) };
    const body: MessageKey = waitlisted
      ? "notification.course_cancelled.body.waitlisted"
      : "notification.course_cancelled.body.registered";
    return { title: t("notification.course_cancelled.title", lang, params, terms), body: t(body, lang, params, terms) };
  };

export const certificationIssuedText =
  (certification: string, renewed: boolean, validUntil: string | null): NotificationText =>
  (lang, terms) => ({
    title: t(
      renewed ? "notification.certification_renewed.title" : "notification.certification_issued.title",
      lang,
      { certification },
      terms,
    ),
    body: validUntil
      ? t("notification.certification.valid_until", lang, { validUntil: formatDay(validUntil, lang) }, terms)
      : t("notification.certification.no_expiry", lang, {}, terms),
  });

/** Wrapped is ready: the year's activities and hours (one decimal). */
export const annualSummaryText =
  (year: number, activities: number, minutes: number): NotificationText =>
  (lang, terms) => {
    const hours = formatNumber(Math.round((minutes / 60) * 10) / 10, lang);
    const acts = t(
      activities === 1 ? "notification.activities.one" : "notification.activities.other",
      lang,
      { count: formatNumber(activities, lang) },
      terms,
    );
    return {
      title: t("notification.annual_summary.title", lang, { year }, terms),
      body: t("notification.annual_summary.body", lang, { year, activities: acts, hours }, terms),
    };
  };

/** A payout: the amount in kroner as people read it, and when. */
export const reimbursementPaidText =
  (totalOre: number, paidAt: Date): NotificationText =>
  (lang, terms) => {
    const params = { amount: formatKroner(totalOre, lang), paidAt: formatMoment(paidAt, lang) };
    return {
      title: t("notification.reimbursement_paid.title", lang, params, terms),
      body: t("notification.reimbursement_paid.body", lang, params, terms),
    };
  };

export const badgeAwardedText =
  (badge: { name: string; description: string | null }): NotificationText =>
  (lang, terms) => {
    const params = { badge: badge.name, description: badge.description?.trim() ?? "" };
    return {
      title: t("notification.badge_awarded.title", lang, params, terms),
      body: t("notification.badge_awarded.body", lang, params, terms).trim(),
    };
  };

const RULES: Record<string, MessageKey> = {
  membership_limit: "notification.rule.membership_limit",
  single_organization_tree: "notification.rule.single_organization_tree",
};

/** The inviter is told an acceptance was refused: where to, who (when known) and the rule in words. */
export const invitationRefusedText =
  (localAssociation: string | null, invitee: string | null, rule: string): NotificationText =>
  (lang, terms) => {
    const la = localAssociation ?? t("local_association", lang, {}, terms);
    const reason = t(RULES[rule] ?? "notification.rule.other", lang, {}, terms);
    return {
      title: t("notification.invitation_refused.title", lang, { localAssociation: la }, terms),
      body: t(
        "notification.invitation_refused.body",
        lang,
        { localAssociation: la, invitee: invitee ?? t("notification.invitee_unknown", lang, {}, terms), reason },
        terms,
      ),
    };
  };
