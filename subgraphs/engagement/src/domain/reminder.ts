/**
 * The reminder scenarios (no I/O): when each one fires, and the period that
 * makes it idempotent (scenario + user + subject + period is sent once).
 */
import { addDays, daysBetween, isoWeek } from "./calendar.js";

export const REMINDER_SCENARIOS = [
  "no_contact",
  "certification_expiring_30",
  "certification_expiring_7",
  "approval_pending",
] as const;
export type ReminderScenario = (typeof REMINDER_SCENARIOS)[number];

/** Days without contact before the mentor is nudged. */
export const NO_CONTACT_DAYS = 10;
/** Days an activity may wait for approval before coordinators are nudged. */
export const APPROVAL_WAIT_DAYS = 3;

/** How many days before a certification's validUntil each expiry scenario reminds (its lead time, named in the text). */
export const LEAD_DAYS = { certification_expiring_30: 30, certification_expiring_7: 7 } as const;

/** The notification category each scenario belongs to (what a user switches off). */
export const CATEGORY_OF: Record<ReminderScenario, "no_contact" | "certification_expiring" | "approval_pending"> = {
  no_contact: "no_contact",
  certification_expiring_30: "certification_expiring",
  certification_expiring_7: "certification_expiring",
  approval_pending: "approval_pending",
};

/**
 * A mentor who has not been in contact for NO_CONTACT_DAYS is reminded once per
 * silence: the period is the day of the last contact, so a new contact starts a
 * new period and a second run on any later day finds the same key.
 */
export function noContactDue(lastContactDay: string, today: string): { period: string } | null {
  return daysBetween(lastContactDay, today) >= NO_CONTACT_DAYS ? { period: `since-${lastContactDay}` } : null;
}

/**
 * Expiry reminders: 30 days and 7 days before validUntil (from that day on,
 * until it expires, so a day the engine did not run is caught up). The period
 * is validUntil, so a renewal (a new validUntil) reminds again.
 */
export function expiryRemindersDue(
  validUntil: string | null,
  today: string,
): Array<{ scenario: ReminderScenario; period: string }> {
  if (validUntil === null || today > validUntil) return [];
  const due: Array<{ scenario: ReminderScenario; period: string }> = [];
  const left = daysBetween(today, validUntil);
  if (left <= LEAD_DAYS.certification_expiring_7)
    due.push({ scenario: "certification_expiring_7", period: `until-${validUntil}` });
  else if (left <= LEAD_DAYS.certification_expiring_30)
    due.push({ scenario: "certification_expiring_30", period: `until-${validUntil}` });
  return due;
}

/** Activities registered before this day have waited long enough for approval. */
export function approvalCutoff(today: string): string {
  return addDays(today, -APPROVAL_WAIT_DAYS);
}

/** Coordinators are reminded of waiting approvals at most once a week. */
export function approvalPeriod(today: string): string {
  return isoWeek(today);
}
